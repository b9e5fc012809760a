using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Stations;
using static QuanTrac.Domain.Tests.Quality.QcSeries;

namespace QuanTrac.Domain.Tests.Quality;

public class QcResultTests
{
    [Fact]
    public void Explain_RangeFlag_RecordsRuleVersionParametersAndBilingualReason()
    {
        var rules = Rules();
        var r = Engine().Evaluate(rules, Of(7, 15));

        var e = r.Explain(r.Flags[0]);

        Assert.Equal(("range", "ABOVE_RANGE", QcSeverity.Invalid), (e.RuleId, e.Code, e.Severity));
        Assert.Equal(rules.Version(QcRule.Range), e.RuleVersion);
        Assert.Equal(QcRuleSet.Default.Version, e.RuleSetVersion);
        Assert.Equal("enabled=True;min=0;max=14;severity=invalid", e.Parameters);
        Assert.Equal("Giá trị 15 lớn hơn giới hạn trên hợp lý 14.", e.Reason.Vi);
        Assert.Equal("The value 15 is above the plausible maximum 14.", e.Reason.En);
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero), e.EvaluatedAt);
    }

    [Fact]
    public void Explain_EveryCode_HasVietnameseAndEnglishText()
    {
        var rules = Rules();
        var result = Engine().Evaluate(rules, Of(1));
        foreach (var code in Enum.GetValues<QcFlagCode>())
        {
            var e = result.Explain(new QcFlag(0, code, QcSeverity.Suspect, 1, 2));
            Assert.False(string.IsNullOrWhiteSpace(e.Reason.Vi));
            Assert.False(string.IsNullOrWhiteSpace(e.Reason.En));
            Assert.NotEqual(e.Reason.Vi, e.Reason.En);
        }
    }

    [Fact]
    public void CountByRule_AndWorstSeverities_SummariseFlags()
    {
        QcValue[] values = [At(0, -1), At(1, 7, DeviceStatus.Calibrating), At(2, 7), At(3, 7)];

        var r = Engine().Evaluate(Rules(parameter: "COD"), values);

        Assert.Equal(new Dictionary<string, int> { ["calibration-window"] = 2, ["device-status"] = 1, ["negative"] = 1, ["range"] = 1 }, r.CountByRule());
        Assert.Equal([QcSeverity.Invalid, QcSeverity.Invalid, QcSeverity.Suspect, QcSeverity.Suspect], r.WorstSeverities());
        Assert.Equal(4, r.FlaggedValues());
    }

    [Fact]
    public void Evaluate_ObservationsOverload_SameFlagsAsValues()
    {
        var at = Start;
        Observation O(int i, decimal? v, string status = "00") =>
            new("ST", "pH", "pH", at + (Step * i), v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", v, "", "", status, ObservationFlags.None);
        List<Observation> observations = [O(0, 7.1m), O(1, 15m), O(2, null, "02"), O(3, 7.10m)];
        var rules = QcRuleSet.Default.Resolve("ST", StationType.SurfaceWater, "pH", ParameterCatalogue.Default);

        var r = Engine().Evaluate(rules, observations);

        Assert.Equal([1, 2], Indices(r));
        Assert.Equal(2, QcValue.From(observations[3]).Decimals);
    }

    [Fact]
    public void Evaluate_OutOfOrder_Throws()
    {
        Assert.Throws<ArgumentException>(() => Engine().Evaluate(Rules(), [At(1, 7), At(0, 7)]));
    }
}
