using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Quality;
using static QuanTrac.Domain.Tests.Quality.QcSeries;

namespace QuanTrac.Domain.Tests.Quality;

public class DeviceStatusRuleTests
{
    [Fact]
    public void Evaluate_Statuses01And02AndUnknown_FlaggedInvalidWithTheirCodes()
    {
        QcValue[] values = [At(0, 7), At(1, 4.01, DeviceStatus.Calibrating), At(2, double.NaN, DeviceStatus.DeviceError), At(3, 7, DeviceStatus.Unknown)];

        var r = Engine().Evaluate(Only(QcRule.DeviceStatus), values);

        Assert.Equal([1, 2, 3], Indices(r));
        Assert.Equal([QcFlagCode.Calibration, QcFlagCode.DeviceError, QcFlagCode.UnknownStatus], Codes(r));
        Assert.All(r.Flags.ToArray(), f => Assert.Equal(QcSeverity.Invalid, f.Severity));
    }

    [Fact]
    public void Evaluate_Disabled_NoFlags()
    {
        var r = Engine().Evaluate(Only(QcRule.DeviceStatus, s => s with { DeviceStatus = s.DeviceStatus with { Enabled = false } }),
            [At(0, 1, DeviceStatus.DeviceError)]);

        Assert.Empty(r.Flags.ToArray());
    }
}
