using System.Runtime.CompilerServices;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Review;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Storage.Quality;

namespace QuanTrac.Storage.Review;

/// <summary>Which layered values to read. Observation-time bounds are inclusive; null means unbounded.</summary>
/// <param name="Layer">Raw, validated or published.</param>
/// <param name="Station">Station prefix, or null for all.</param>
/// <param name="Parameter">Canonical parameter code, or null for all.</param>
/// <param name="From">Earliest observed_at.</param>
/// <param name="To">Latest observed_at.</param>
/// <param name="AsOf">Read the series as it stood at this instant (observation versions received, flags evaluated and
/// review actions recorded by then); null for now.</param>
/// <param name="AllVersions">Raw layer only: every observation version (received by <paramref name="AsOf"/>), not only the one in force.</param>
public sealed record LayerQuery(DataLayer Layer, string? Station = null, string? Parameter = null, DateTimeOffset? From = null,
    DateTimeOffset? To = null, DateTimeOffset? AsOf = null, bool AllVersions = false);

/// <summary>A stored observation version and what a layer makes of it.</summary>
/// <param name="Stored">The observation version with its file provenance.</param>
/// <param name="Layered">Its value, usability, flags and review state in the layer.</param>
public sealed record LayeredObservation(StoredObservation Stored, LayeredValue Layered);

/// <summary>
/// Reads a series in a layer, as it stands now or as it stood at any past instant: the observation version in force
/// then (the newest received by then), the flags of the rule set in force then that were in force then, and the
/// review actions recorded by then. Aggregates and indices that must use validated data read
/// <see cref="DataLayer.Validated"/> here (<see cref="LayeredValue.ToTimedValue"/> feeds the averaging engine).
/// </summary>
public static class LayerReader
{
    /// <summary>Layered values ordered by station, parameter, time (and version).</summary>
    public static async IAsyncEnumerable<LayeredObservation> ReadAsync(IQuanTracStore store, LayerQuery query,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reviews = store as IReviewStore;
        var flagHistory = store as IQcFlagHistory;
        var ruleSet = (await QcRuleSets.InForceAsync(store, query.AsOf, cancellationToken)).Version;
        var all = query.AllVersions && query.Layer == DataLayer.Raw;
        var read = store.ReadSeriesAsync(new SeriesQuery(query.Station, query.Parameter, query.From, query.To, query.AsOf is not null || all), cancellationToken);
        await foreach (var series in SeriesRuns.ByParameterAsync(read, o => o.Observation, cancellationToken))
            foreach (var x in await PlaceAsync(series))
                yield return x;

        async Task<List<LayeredObservation>> PlaceAsync(List<StoredObservation> versions)
        {
            var first = versions[0].Observation;
            var inForce = query.AsOf is { } asOf ? AsOf(versions, asOf, all) : versions;
            var actions = reviews is null ? [] : await reviews.GetReviewActionsAsync(
                new ReviewActionQuery(first.StationPrefix, first.ParameterCode, query.AsOf), cancellationToken);
            var flags = flagHistory is null ? [] : await flagHistory.ReadFlagsAsync(
                new FlagReadQuery(first.StationPrefix, ruleSet, first.ParameterCode, query.From, query.To, query.AsOf, Details: false), cancellationToken);
            var byValue = flags.ToLookup(f => (f.Flag.ObservedAt.ToUnixTimeSeconds(), f.Flag.Version), f => (f.Flag.RuleId, f.Flag.Severity));
            var placed = new List<LayeredObservation>(inForce.Count);
            foreach (var s in inForce)
            {
                var o = s.Observation;
                var review = ReviewState.At(actions, o.ObservedAt);
                var layered = LayeredValue.Place(query.Layer, o, [.. byValue[(o.ObservedAt.ToUnixTimeSeconds(), s.Version)]], review);
                if (layered is not null)
                    placed.Add(new(s, layered));
            }
            return placed;
        }
    }

    /// <summary>
    /// One station parameter in a layer as input to the averaging engine (<see cref="Averages"/>): in the validated layer,
    /// invalidated values are absent and corrected values substituted, so hourly, daily and rolling means and the indices
    /// built on them use reviewed data only. Query <see cref="LayerQuery.Station"/> and <see cref="LayerQuery.Parameter"/> should be set.
    /// </summary>
    public static async Task<IReadOnlyList<TimedValue>> TimedValuesAsync(IQuanTracStore store, LayerQuery query, CancellationToken cancellationToken = default)
    {
        var values = new List<TimedValue>();
        await foreach (var x in ReadAsync(store, query with { AllVersions = false }, cancellationToken))
            values.Add(x.Layered.ToTimedValue());
        return values;
    }

    /// <summary>
    /// The versions received by <paramref name="asOf"/>: all of them (<paramref name="all"/>), or per observation time the
    /// newest, marked current. Input ordered by time then version.
    /// </summary>
    static List<StoredObservation> AsOf(List<StoredObservation> versions, DateTimeOffset asOf, bool all)
    {
        var result = new List<StoredObservation>();
        for (var i = 0; i < versions.Count;)
        {
            var j = i;
            StoredObservation? newest = null;
            for (; j < versions.Count && versions[j].Observation.ObservedAt == versions[i].Observation.ObservedAt; j++)
                if (versions[j].ReceivedAt <= asOf)
                {
                    if (all)
                        result.Add(versions[j] with { IsCurrent = false });
                    if (newest is null || versions[j].Version > newest.Version)
                        newest = versions[j];
                }
            if (newest is not null)
            {
                if (all)
                    result[result.FindLastIndex(r => r.Version == newest.Version && r.Observation.ObservedAt == newest.Observation.ObservedAt)] = newest with { IsCurrent = true };
                else
                    result.Add(newest with { IsCurrent = true });
            }
            i = j;
        }
        return result;
    }
}
