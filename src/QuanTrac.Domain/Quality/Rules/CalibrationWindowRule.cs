using QuanTrac.Domain.Observations;

namespace QuanTrac.Domain.Quality.Rules;

/// <summary><c>calibration-window</c>: status-00 values within a time margin before or after a status-01 value.</summary>
static class CalibrationWindowRule
{
    public static void Run(ReadOnlySpan<QcValue> values, QcSeriesRules rules, List<QcFlag> flags)
    {
        var s = rules.Settings.CalibrationWindow;
        var (before, after) = (s.Before.Ticks, s.After.Ticks);
        const double TicksPerMinute = TimeSpan.TicksPerMinute;
        var lastCalibration = long.MinValue;
        var next = 0; // index of the next status-01 value at or after i (values.Length when none)
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            if (x.Status == DeviceStatus.Calibrating)
            {
                lastCalibration = x.ObservedAtTicks;
                continue;
            }
            if (x.Status != DeviceStatus.Measuring)
                continue;
            if (lastCalibration != long.MinValue && x.ObservedAtTicks - lastCalibration <= after)
            {
                flags.Add(new(i, QcFlagCode.CalibrationWindow, s.Severity, x.Value, (x.ObservedAtTicks - lastCalibration) / TicksPerMinute));
                continue;
            }
            if (before <= 0)
                continue;
            if (next < i)
                next = i;
            while (next < values.Length && values[next].Status != DeviceStatus.Calibrating)
                next++;
            if (next < values.Length && values[next].ObservedAtTicks - x.ObservedAtTicks <= before)
                flags.Add(new(i, QcFlagCode.CalibrationWindow, s.Severity, x.Value, -(values[next].ObservedAtTicks - x.ObservedAtTicks) / TicksPerMinute));
        }
    }
}
