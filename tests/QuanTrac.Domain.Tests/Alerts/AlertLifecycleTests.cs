using QuanTrac.Domain.Alerts;

namespace QuanTrac.Domain.Tests.Alerts;

public class AlertLifecycleTests
{
    static readonly AlertKey Cod = new("S", "COD", AlertKind.Exceedance);
    static readonly DateTimeOffset T0 = new(2026, 3, 25, 1, 0, 0, TimeSpan.FromHours(7));
    static readonly Dictionary<AlertKey, Alert> None = [];

    static AlertCondition Active(int hour, AlertLevel level = AlertLevel.Alarm) =>
        AlertCondition.Active(Cod, T0.AddHours(hour), level, 200m, 135m, "mg/L", "1h", "vi", "en");

    /// <summary>Stores what an update changed, as a store would (ids for new alerts), and returns the latest per key.</summary>
    static Dictionary<AlertKey, Alert> Store(Dictionary<AlertKey, Alert> latest, AlertUpdate update)
    {
        var next = new Dictionary<AlertKey, Alert>(latest);
        foreach (var a in update.Changed)
            next[a.Key] = a.Id == 0 ? a with { Id = latest.Count + 1 } : a;
        return next;
    }

    [Fact]
    public void Apply_ThousandExceedancesInARow_OpensExactlyOneAlert()
    {
        var update = AlertLifecycle.Apply(None, Enumerable.Range(0, 1000).Select(h => Active(h)), T0.AddHours(1000));
        var e = Assert.Single(update.Events);
        Assert.Equal(AlertChange.Opened, e.Change);
        var alert = Assert.Single(update.Changed);
        Assert.Equal((AlertState.Open, AlertLevel.Alarm, T0, T0.AddHours(999)), (alert.State, alert.Level, alert.StartedAt, alert.ConditionAt));
    }

    [Fact]
    public void Apply_ThousandExceedancesOneRunEach_OpensExactlyOneAlert()
    {
        var latest = None;
        var events = 0;
        for (var h = 0; h < 1000; h++)
        {
            var update = AlertLifecycle.Apply(latest, [Active(h)], T0.AddHours(h));
            events += update.Events.Count;
            latest = Store(latest, update);
        }
        Assert.Equal(1, events);
        Assert.Single(latest);
    }

    [Fact]
    public void Apply_HigherLevel_EscalatesTheSameAlertAndReopensIt()
    {
        var first = AlertLifecycle.Apply(None, [Active(0, AlertLevel.Approaching)], T0);
        var latest = Store(None, first);
        latest[Cod] = latest[Cod].Acknowledge("an", T0);
        var second = AlertLifecycle.Apply(latest, [Active(1, AlertLevel.Warning), Active(2, AlertLevel.Approaching), Active(3, AlertLevel.Alarm)], T0.AddHours(3));
        Assert.Equal([AlertChange.Escalated, AlertChange.Escalated], second.Events.Select(e => e.Change));
        var alert = Assert.Single(second.Changed);
        Assert.Equal((1L, AlertLevel.Alarm, AlertState.Open), (alert.Id, alert.Level, alert.State));
    }

    [Fact]
    public void Apply_ValuesOscillatingAroundTheClearThreshold_NeverStorms()
    {
        // Exceeding, then an hour below 75 %, an hour in the hold band, … for 500 hours: clear runs never last 60 min.
        var conditions = new List<AlertCondition> { Active(0) };
        for (var h = 1; h < 500; h++)
            conditions.Add(h % 2 == 1 ? AlertCondition.Cleared(Cod, T0.AddHours(h)) : AlertCondition.Hold(Cod, T0.AddHours(h)));
        var update = AlertLifecycle.Apply(None, conditions, T0.AddHours(500));
        Assert.Single(update.Events);
        Assert.Equal(AlertState.Open, Assert.Single(update.Changed).State);
    }

    [Fact]
    public void Apply_ClearForTheHysteresisTime_ResolvesOnceAndOldValuesDoNotReopen()
    {
        var conditions = new[] { Active(0), AlertCondition.Cleared(Cod, T0.AddHours(1)), AlertCondition.Cleared(Cod, T0.AddHours(2)) };
        var update = AlertLifecycle.Apply(None, conditions, T0.AddHours(2));
        Assert.Equal([AlertChange.Opened, AlertChange.Resolved], update.Events.Select(e => e.Change));
        var resolved = Assert.Single(update.Changed);
        Assert.Equal((AlertState.Resolved, Alert.System), (resolved.State, resolved.ResolvedBy));

        // The next run reads an overlapping window: the old exceedance is not raised again.
        var latest = Store(None, update);
        var again = AlertLifecycle.Apply(latest, conditions, T0.AddHours(3));
        Assert.Empty(again.Events);
        Assert.Empty(again.Changed);

        // A new exceedance after the resolution is a new alert.
        var later = AlertLifecycle.Apply(latest, [Active(5)], T0.AddHours(5));
        Assert.Equal(0, Assert.Single(later.Changed).Id);
        Assert.Equal(AlertChange.Opened, Assert.Single(later.Events).Change);
    }

    [Fact]
    public void Apply_ClearShorterThanTheHysteresisTime_StaysOpen()
    {
        var update = AlertLifecycle.Apply(None, [Active(0), AlertCondition.Cleared(Cod, T0.AddMinutes(60)), AlertCondition.Cleared(Cod, T0.AddMinutes(119))],
            T0.AddHours(2));
        var alert = Assert.Single(update.Changed);
        Assert.Equal((AlertState.Open, T0.AddMinutes(60)), (alert.State, alert.ClearSince));
    }

    [Fact]
    public void Apply_ConditionsOfDifferentKeys_OneAlertEach()
    {
        var other = new AlertKey("S", "TSS", AlertKind.Exceedance);
        var update = AlertLifecycle.Apply(None, [Active(0), AlertCondition.Active(other, T0, AlertLevel.Warning, 1, 1, "", "1h", "", ""), Active(1)], T0);
        Assert.Equal(2, update.Changed.Count);
        Assert.Equal(2, update.Events.Count);
    }

    [Fact]
    public void Acknowledge_ThenResolve_FollowsTheLifecycle()
    {
        var alert = Assert.Single(AlertLifecycle.Apply(None, [Active(0)], T0).Changed);
        var acknowledged = alert.Acknowledge("an", T0.AddMinutes(5), "đang xử lý");
        Assert.Equal((AlertState.Acknowledged, "an"), (acknowledged.State, acknowledged.AcknowledgedBy));
        var resolved = acknowledged.Resolve("binh", T0.AddMinutes(10));
        Assert.Equal((AlertState.Resolved, "binh"), (resolved.State, resolved.ResolvedBy));
        Assert.Throws<InvalidOperationException>(() => resolved.Resolve("binh", T0.AddMinutes(11)));
        Assert.Throws<InvalidOperationException>(() => resolved.Acknowledge("an", T0.AddMinutes(11)));
    }
}
