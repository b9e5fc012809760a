namespace QuanTrac.Domain.Quality;

/// <summary>Turns stored reference-material check results into the failed-check periods the <c>reference-check</c> rule reads.</summary>
public static class ReferenceCheckPeriods
{
    /// <summary>
    /// From each failed check to the next passed one (the data since the last passed check are suspect,
    /// spec §2.1); a failure not followed by a pass gives an open period. Results need not be sorted.
    /// </summary>
    public static IReadOnlyList<QcPeriod> FailedPeriods(IEnumerable<(DateTimeOffset At, bool Passed)> checks)
    {
        var sorted = checks.OrderBy(c => c.At).ToList();
        var periods = new List<QcPeriod>();
        DateTimeOffset? failedSince = null;
        foreach (var (at, passed) in sorted)
        {
            if (!passed)
                failedSince ??= at;
            else if (failedSince is { } from)
            {
                periods.Add(new(from, at));
                failedSince = null;
            }
        }
        if (failedSince is { } open)
            periods.Add(new(open, null));
        return periods;
    }
}
