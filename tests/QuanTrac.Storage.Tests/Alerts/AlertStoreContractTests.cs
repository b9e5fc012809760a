using QuanTrac.Domain.Alerts;
using QuanTrac.Storage.Alerts;
using QuanTrac.TestKit;

namespace QuanTrac.Storage.Tests.Alerts;

/// <summary>The alert table, the same behaviour in both stores.</summary>
public abstract class AlertStoreContractTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(Some.Time.ToUnixTimeMilliseconds());
    static readonly AlertKey Cod = new("QN_DEMO_NUO002", "COD", AlertKind.Exceedance);

    protected IQuanTracStore Store { get; private set; } = null!;
    IAlertStore Alerts => (IAlertStore)Store;

    /// <summary>The database under the store (a new one per test).</summary>
    protected TDatabase Database { get; } = new();


    public async Task InitializeAsync()
    {
        Store = await Database.CreateStoreAsync();
        await Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (Store is not null)
            await Store.DisposeAsync();
        await Database.CleanUpAsync();
    }

    static AlertCondition Active(int hour, AlertLevel level = AlertLevel.Alarm) =>
        AlertCondition.Active(Cod, T0.AddHours(hour), level, 136.25m, 135m, "mg/L", "1h", "Trạm vượt giới hạn", "Station exceeds the limit");

    async Task<IReadOnlyList<Alert>> ApplyAsync(IEnumerable<AlertCondition> conditions, DateTimeOffset now)
    {
        var latest = await Alerts.GetLatestAlertsAsync();
        var update = AlertLifecycle.Apply(latest, conditions, now);
        return await Alerts.SaveAlertsAsync([.. update.Changed.Select(a => new AlertWrite(a, latest.TryGetValue(a.Key, out var old) && old.Id == a.Id ? old.UpdatedAt : null))]);
    }

    [SkippableFact]
    public async Task SaveAlertsAsync_NewAlert_RoundTripsEveryField()
    {
        var saved = Assert.Single(await ApplyAsync([Active(0)], T0));
        Assert.True(saved.Id > 0);
        var read = await Alerts.GetAlertAsync(saved.Id);
        Assert.Equal(saved, read);
        Assert.Equal(136.25m, read!.Value);
        Assert.Equal("Trạm vượt giới hạn", read.MessageVi);
    }

    [SkippableFact]
    public async Task SaveAlertsAsync_ThousandExceedancesInThousandRuns_OneAlertStored()
    {
        for (var h = 0; h < 1000; h += 50)
            await ApplyAsync(Enumerable.Range(h, 50).Select(i => Active(i)), T0.AddHours(h + 50));
        var all = await Alerts.GetAlertsAsync(new AlertQuery());
        var alert = Assert.Single(all);
        Assert.Equal((AlertState.Open, T0.AddHours(999)), (alert.State, alert.ConditionAt));
    }

    [SkippableFact]
    public async Task SaveAlertsAsync_SecondUnresolvedAlertOfAKey_RefusedByTheDatabase()
    {
        await ApplyAsync([Active(0)], T0);
        var duplicate = AlertLifecycle.Apply(new Dictionary<AlertKey, Alert>(), [Active(1)], T0).Changed.Single();
        await Assert.ThrowsAsync<AlertConflictException>(() => Alerts.SaveAlertsAsync([new AlertWrite(duplicate, null)]));
        Assert.Single(await Alerts.GetAlertsAsync(new AlertQuery()));
    }

    [SkippableFact]
    public async Task SaveAlertsAsync_StaleUpdateAfterAcknowledgement_Conflicts()
    {
        var opened = Assert.Single(await ApplyAsync([Active(0)], T0));
        var acknowledged = opened.Acknowledge("an", T0.AddMinutes(1), "đang xử lý");
        await Alerts.SaveAlertsAsync([new AlertWrite(acknowledged, opened.UpdatedAt)]);
        // An evaluation that read the alert before the acknowledgement must not overwrite it.
        var stale = opened with { ConditionAt = T0.AddHours(1), UpdatedAt = T0.AddMinutes(2) };
        await Assert.ThrowsAsync<AlertConflictException>(() => Alerts.SaveAlertsAsync([new AlertWrite(stale, opened.UpdatedAt)]));
        var read = await Alerts.GetAlertAsync(opened.Id);
        Assert.Equal((AlertState.Acknowledged, "an", "đang xử lý"), (read!.State, read.AcknowledgedBy, read.Note));
    }

    [SkippableFact]
    public async Task GetAlertsAsync_Filters_ByStateStationKindAndChangeTime()
    {
        await ApplyAsync([Active(0), AlertCondition.Active(new("OTHER", "", AlertKind.Silence), T0, AlertLevel.Warning, 20, 15, "min", null, "vi", "en")], T0);
        var resolved = await ApplyAsync([AlertCondition.Cleared(Cod, T0.AddHours(1)), AlertCondition.Cleared(Cod, T0.AddHours(2))], T0.AddHours(2));
        Assert.Equal(AlertState.Resolved, Assert.Single(resolved).State);

        Assert.Equal(2, (await Alerts.GetAlertsAsync(new AlertQuery())).Count);
        Assert.Equal("OTHER", Assert.Single(await Alerts.GetAlertsAsync(new AlertQuery(Unresolved: true))).Station);
        Assert.Equal("COD", Assert.Single(await Alerts.GetAlertsAsync(new AlertQuery(State: AlertState.Resolved))).Parameter);
        Assert.Single(await Alerts.GetAlertsAsync(new AlertQuery(Station: "OTHER", Kind: AlertKind.Silence)));
        Assert.Equal("COD", Assert.Single(await Alerts.GetAlertsAsync(new AlertQuery(UpdatedAfter: T0.AddHours(1)))).Parameter);

        // After the resolution a new exceedance is a second alert of the same key; the latest per key is the new one.
        var reopened = Assert.Single(await ApplyAsync([Active(5)], T0.AddHours(5)));
        var latest = await Alerts.GetLatestAlertsAsync();
        Assert.Equal(reopened.Id, latest[Cod].Id);
        Assert.Equal(2, latest.Count);
        Assert.Single(await Alerts.GetLatestAlertsAsync("OTHER"));
    }
}

public sealed class SqliteAlertStoreTests : AlertStoreContractTests<SqliteTestDatabase>;

public sealed class PostgresAlertStoreTests : AlertStoreContractTests<PostgresTestDatabase>;
