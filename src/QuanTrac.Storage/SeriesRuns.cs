using System.Runtime.CompilerServices;
using QuanTrac.Domain.Observations;

namespace QuanTrac.Storage;

/// <summary>
/// Splits a stream read from <see cref="IQuanTracStore.ReadSeriesAsync"/> (ordered by station, parameter, time and
/// version) into its series: one list per station and parameter, so that a whole station is read in one query and
/// only one series is held in memory at a time.
/// </summary>
public static class SeriesRuns
{
    /// <summary>The runs of consecutive items of one station and parameter, in the order read.</summary>
    public static async IAsyncEnumerable<List<T>> ByParameterAsync<T>(IAsyncEnumerable<T> source, Func<T, Observation> observation,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var run = new List<T>();
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            if (run.Count > 0 && !SameSeries(observation(run[0]), observation(item)))
            {
                yield return run;
                run = [];
            }
            run.Add(item);
        }
        if (run.Count > 0)
            yield return run;
    }

    static bool SameSeries(Observation a, Observation b) =>
        string.Equals(a.StationPrefix, b.StationPrefix, StringComparison.Ordinal)
        && string.Equals(a.ParameterCode, b.ParameterCode, StringComparison.Ordinal);
}
