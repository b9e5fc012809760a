namespace QuanTrac.Domain.Quality;

/// <summary>Turns stored reference-material check results into the failed-check periods the <c>reference-check</c> rule reads.</summary>
public static class ReferenceCheckPeriods
{
    /// <summary>
    /// The suspect windows of quality-control.md §5.2: a failed check makes the values since the <em>last passed</em> check
    /// suspect, and the values after it too until the next passed check, which closes the window: [last pass, next pass).
    /// Without an earlier passed check nothing ever vouched for the data, so the window opens at
    /// <see cref="DateTimeOffset.MinValue"/>; without a later one it stays open (To null). Results need not be sorted.
    /// </summary>
    public static IReadOnlyList<QcPeriod> FailedPeriods(IEnumerable<(DateTimeOffset At, bool Passed)> checks)
    {
        var sorted = checks.OrderBy(c => c.At).ToList();
        var periods = new List<QcPeriod>();
        DateTimeOffset? lastPass = null;
        DateTimeOffset? failedSince = null;
        foreach (var (at, passed) in sorted)
        {
            if (!passed)
                failedSince ??= lastPass ?? DateTimeOffset.MinValue;
            else
            {
                if (failedSince is { } from)
                {
                    periods.Add(new(from, at));
                    failedSince = null;
                }
                lastPass = at;
            }
        }
        if (failedSince is { } open)
            periods.Add(new(open, null));
        return periods;
    }
}
