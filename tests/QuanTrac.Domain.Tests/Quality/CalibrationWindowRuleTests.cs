using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Quality;
using static QuanTrac.Domain.Tests.Quality.QcSeries;

namespace QuanTrac.Domain.Tests.Quality;

public class CalibrationWindowRuleTests
{
    static QcValue[] Series()
    {
        var v = Of([.. Enumerable.Repeat(7.0, 12)]);
        for (var i = 5; i <= 7; i++)
            v[i] = v[i] with { Status = DeviceStatus.Calibrating };
        return v;
    }

    [Fact]
    public void Evaluate_Default_TwoValuesAfterCalibrationSuspect()
    {
        var r = Engine().Evaluate(Only(QcRule.CalibrationWindow), Series());

        Assert.Equal([8, 9], Indices(r));
        Assert.Equal([5d, 10], r.Flags.ToArray().Select(f => f.Detail));
        Assert.All(r.Flags.ToArray(), f => Assert.Equal(QcSeverity.Suspect, f.Severity));
    }

    [Fact]
    public void Evaluate_BeforeMargin_FlagsValuesBeforeToo()
    {
        var rules = Only(QcRule.CalibrationWindow, s => s with { CalibrationWindow = s.CalibrationWindow with { Before = TimeSpan.FromMinutes(5) } });

        var r = Engine().Evaluate(rules, Series());

        Assert.Equal([4, 8, 9], Indices(r));
        Assert.Equal(-5, r.Flags[0].Detail);
    }
}
