using QuanTrac.Domain.Observations;

namespace QuanTrac.Domain.Quality.Rules;

/// <summary><c>device-status</c>: every value whose status is not 00.</summary>
static class DeviceStatusRule
{
    public static void Run(ReadOnlySpan<QcValue> values, QcSeriesRules rules, List<QcFlag> flags)
    {
        var severity = rules.Settings.DeviceStatus.Severity;
        for (var i = 0; i < values.Length; i++)
        {
            var status = values[i].Status;
            if (status == DeviceStatus.Measuring)
                continue;
            var code = status switch
            {
                DeviceStatus.Calibrating => QcFlagCode.Calibration,
                DeviceStatus.DeviceError => QcFlagCode.DeviceError,
                _ => QcFlagCode.UnknownStatus,
            };
            flags.Add(new(i, code, severity, values[i].Value, 0));
        }
    }
}
