using QuanTrac.Domain.Observations;

namespace QuanTrac.Domain.Quality.Rules;

/// <summary><c>time</c>: future timestamps, file/line timestamp mismatch, late arrival.</summary>
static class TimeRule
{
    public static void Run(ReadOnlySpan<QcValue> values, QcSeriesRules rules, long evaluatedAtTicks, List<QcFlag> flags)
    {
        var s = rules.Settings.Time;
        var (tolerance, late) = (s.FutureTolerance.Ticks, s.LateAfter.Ticks);
        const double TicksPerMinute = TimeSpan.TicksPerMinute;
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            var received = x.ReceivedAtTicks;
            // Ahead of its own arrival is certain proof of a fast clock; without an arrival time the evaluation
            // time is the best "now" there is.
            var reference = received != 0 ? received : evaluatedAtTicks;
            var ahead = x.ObservedAtTicks - reference;
            if (ahead > tolerance)
                flags.Add(new(i, QcFlagCode.FutureTime, s.FutureSeverity, x.Value, ahead / TicksPerMinute));
            else if ((x.IntakeFlags & ObservationFlags.FutureTime) != 0)
                flags.Add(new(i, QcFlagCode.FutureTime, s.FutureSeverity, x.Value, 0));
            if ((x.IntakeFlags & ObservationFlags.TimestampMismatch) != 0)
                flags.Add(new(i, QcFlagCode.TimestampMismatch, s.InfoSeverity, x.Value, 0));
            if (received != 0)
            {
                var delay = received - x.ObservedAtTicks;
                if (delay > late)
                    flags.Add(new(i, QcFlagCode.Late, s.InfoSeverity, x.Value, delay / TicksPerMinute));
            }
            else if ((x.IntakeFlags & ObservationFlags.Late) != 0)
                flags.Add(new(i, QcFlagCode.Late, s.InfoSeverity, x.Value, 0));
        }
    }
}
