using QuanTrac.Domain.Alerts;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Domain.Standards.Limits;

namespace QuanTrac.Domain.Tests.Alerts;

public class AlertEvaluatorsTests
{
    static readonly DateTimeOffset Midnight = new(2026, 3, 25, 0, 0, 0, TimeSpan.FromHours(7));
    static readonly StationLimits Wastewater = new("W", "QCVN40:2011", "B", new LimitCoefficients(Kq: 0.9m, Kf: 1.0m));

    /// <summary>Twelve 5-minute values per hour, the value of hour h (labelled h + 1) given by <paramref name="hourly"/>.</summary>
    static IEnumerable<TimedValue> FiveMinute(params decimal[] hourly) =>
        hourly.SelectMany((v, h) => Enumerable.Range(1, 12).Select(i => new TimedValue(Midnight.AddHours(h).AddMinutes(5 * i), v, true)));

    [Fact]
    public void Exceedance_CodHourlyMeans_LevelsAgainstCmaxOfColumnB()
    {
        // QCVN 40:2011 COD column B: C = 150 mg/L, Cmax = 150 × 0.9 × 1.0 = 135 mg/L.
        var findings = ExceedanceEvaluator.Evaluate(Wastewater, "COD", "mg/L", TimeSpan.FromMinutes(5), FiveMinute(100m, 103m, 110m, 125m, 135m, 136m));
        Assert.Equal(6, findings.Count);
        Assert.Equal([null, null, AlertLevel.Approaching, AlertLevel.Warning, AlertLevel.Warning, AlertLevel.Alarm], findings.Select(f => f.Level));
        Assert.True(findings[0].Clear); // 74 % < 75 %
        Assert.False(findings[1].Clear); // 76 %: hold
        Assert.Equal((136m, 135m, "mg/L", "1h"), (findings[5].Value, findings[5].Limit, findings[5].Unit, findings[5].Period));
        Assert.Contains("vượt giới hạn 135", findings[5].MessageVi, StringComparison.Ordinal);
        Assert.Contains("exceeds the limit 135", findings[5].MessageEn, StringComparison.Ordinal);
        Assert.Equal(Midnight.AddHours(6), findings[5].At);
    }

    [Fact]
    public void Exceedance_IncompleteHour_GivesNoFinding()
    {
        var values = FiveMinute(500m).Take(8); // 8 of 12: below 75 %
        Assert.Empty(ExceedanceEvaluator.Evaluate(Wastewater, "COD", "mg/L", TimeSpan.FromMinutes(5), values));
    }

    [Fact]
    public void Exceedance_PhRange_MeasuredFromTheCentreOfTheBand()
    {
        // pH column B 5.5–9, exempt from Kq × Kf: centre 7.25, half-width 1.75; 8.7 is 83 %, 9.1 outside.
        var findings = ExceedanceEvaluator.Evaluate(Wastewater, "pH", "", TimeSpan.FromMinutes(5), FiveMinute(7.3m, 8.7m, 9.1m, 5.4m));
        Assert.Equal([null, AlertLevel.Approaching, AlertLevel.Alarm, AlertLevel.Alarm], findings.Select(f => f.Level));
        Assert.Equal(9m, findings[2].Limit);
        Assert.Equal(5.5m, findings[3].Limit);
    }

    [Fact]
    public void Exceedance_AirSo2_ComparesHourlyAndDailyMeansWorstPerLabel()
    {
        // QCVN 05:2023 SO2: 350 µg/m³ over 1 h, 125 over 24 h. 24 hours at 130: every hourly mean is clear, the daily mean exceeds.
        var air = new StationLimits("A", "QCVN05", null, LimitCoefficients.None);
        var findings = ExceedanceEvaluator.Evaluate(air, "SO2", "µg/m³", TimeSpan.FromMinutes(5), FiveMinute([.. Enumerable.Repeat(130m, 24)]));
        Assert.Equal(24, findings.Count);
        Assert.All(findings.Take(23), f => Assert.True(f.Clear));
        Assert.Equal((AlertLevel.Alarm, "24h", 125m), (findings[23].Level, findings[23].Period, findings[23].Limit));
    }

    [Fact]
    public void Exceedance_ParameterWithoutLimit_GivesNothing() =>
        Assert.Empty(ExceedanceEvaluator.Evaluate(Wastewater, "Flow_In", "m³/h", TimeSpan.FromMinutes(5), FiveMinute(1000m)));

    [Fact]
    public void Silence_GapLengths_WarningAfterThreeIntervalsAlarmAfterAnHour()
    {
        var last = Midnight;
        var levels = new[] { 10, 15, 59, 60 }.Select(m => SilenceEvaluator.Evaluate("S", TimeSpan.FromMinutes(5), last, last.AddMinutes(m)));
        Assert.Equal([null, AlertLevel.Warning, AlertLevel.Warning, AlertLevel.Alarm], levels.Select(c => c.Level));
        var alarm = SilenceEvaluator.Evaluate("S", TimeSpan.FromMinutes(5), last, last.AddMinutes(60));
        Assert.Contains("không nhận được tệp nào trong 60 phút", alarm.MessageVi, StringComparison.Ordinal);
        Assert.Contains("no file for 60 minutes", alarm.MessageEn, StringComparison.Ordinal);
        Assert.True(SilenceEvaluator.Evaluate("S", TimeSpan.FromMinutes(5), last, last.AddMinutes(4)).Clear);
        Assert.Equal(AlertLevel.Alarm, SilenceEvaluator.Evaluate("S", TimeSpan.FromMinutes(5), null, last).Level);
    }

    [Fact]
    public void DeviceError_StatusTwoForAnHour_AlarmsThenClearsOnStatusZero()
    {
        var records = Enumerable.Range(1, 13).Select(i => (Midnight.AddMinutes(5 * i), "02")).Append((Midnight.AddMinutes(70), "00")).ToList();
        var findings = DeviceErrorEvaluator.Evaluate("S", "COD", records);
        Assert.All(findings.Take(12), f => Assert.Null(f.Level)); // 0 … 55 minutes of streak
        Assert.Equal(AlertLevel.Alarm, findings[12].Level); // 60 minutes
        Assert.True(findings[13].Clear);
        var update = AlertLifecycle.Apply(new Dictionary<AlertKey, Alert>(), findings, Midnight.AddMinutes(70));
        Assert.Equal([AlertChange.Opened, AlertChange.Resolved], update.Events.Select(e => e.Change));
    }

    [Fact]
    public void DeviceError_CalibrationInterruptsTheStreak()
    {
        var records = Enumerable.Range(1, 20).Select(i => (Midnight.AddMinutes(5 * i), i == 10 ? "01" : "02"));
        Assert.All(DeviceErrorEvaluator.Evaluate("S", "COD", records), f => Assert.Null(f.Level));
    }

    [Fact]
    public void ReferenceCheck_FailedThenPassed_OpensAndResolvesOneAlert()
    {
        var failed = ReferenceCheckAlerts.Failed("S", "pH", Midnight, "Sai số 0.35 > 0.2.", "Error 0.35 > 0.2.", 0.35m, 0.2m);
        var update = AlertLifecycle.Apply(new Dictionary<AlertKey, Alert>(), [failed, ReferenceCheckAlerts.Passed("S", "pH", Midnight.AddDays(7))], Midnight.AddDays(7));
        Assert.Equal([AlertChange.Opened, AlertChange.Resolved], update.Events.Select(e => e.Change));
        Assert.Contains("không đạt", update.Events[0].Alert.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_Unordered_AreRefusedBilingually()
    {
        var e = Assert.Throws<ArgumentException>(() => new AlertSettings { ApproachingPercent = 95m }.Validate());
        Assert.Contains("Ngưỡng", e.Message, StringComparison.Ordinal);
    }
}
