using QuanTrac.Domain.Quality;

namespace QuanTrac.Storage.Review;

/// <summary>Whose queue to build. Observation-time bounds are inclusive; null means any.</summary>
/// <param name="Province">Province code of the stations (e.g. <c>QN</c>).</param>
/// <param name="Station">One station prefix.</param>
/// <param name="From">Earliest observed_at.</param>
/// <param name="To">Latest observed_at.</param>
public sealed record ReviewQueueQuery(string? Province = null, string? Station = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

/// <summary>What remains to review for one station parameter in the period asked.</summary>
/// <param name="Province">Province code.</param>
/// <param name="Station">Station prefix.</param>
/// <param name="Parameter">Canonical parameter code.</param>
/// <param name="Values">Current values in the period.</param>
/// <param name="Flagged">Values with a suspect or invalid automatic flag (rule set in force).</param>
/// <param name="NeedLevel1">Values without a level-1 decision yet.</param>
/// <param name="FlaggedNeedLevel1">Of those, values with a suspect or invalid flag (what to look at first).</param>
/// <param name="NeedLevel2">Values reviewed at level 1, waiting for level-2 approval.</param>
/// <param name="Validated">Values approved at level 2 (locked).</param>
/// <param name="FirstPending">Earliest observation time still waiting for level 1 or 2, or null.</param>
/// <param name="LastPending">Latest such time, or null.</param>
public sealed record ReviewQueueItem(string Province, string Station, string Parameter, long Values, long Flagged, long NeedLevel1,
    long FlaggedNeedLevel1, long NeedLevel2, long Validated, DateTimeOffset? FirstPending, DateTimeOffset? LastPending);

/// <summary>
/// The review queue per province and station: for each station parameter with values in the period, how many still
/// need level 1, how many wait for level 2, and how many carry automatic flags. Read from the raw layer now.
/// </summary>
public static class ReviewQueue
{
    /// <summary>Queue items ordered by province, station and parameter (parameters with no values in the period left out).</summary>
    public static async Task<IReadOnlyList<ReviewQueueItem>> BuildAsync(IQuanTracStore store, ReviewQueueQuery query, CancellationToken cancellationToken = default)
    {
        var items = new List<ReviewQueueItem>();
        var stations = (await store.GetStationsAsync(cancellationToken))
            .Where(s => (query.Province is null || string.Equals(s.Province, query.Province, StringComparison.OrdinalIgnoreCase))
                && (query.Station is null || string.Equals(s.Prefix, query.Station, StringComparison.Ordinal)))
            .OrderBy(s => s.Province, StringComparer.Ordinal).ThenBy(s => s.Prefix, StringComparer.Ordinal);
        foreach (var s in stations)
        {
            Counter? current = null;
            await foreach (var x in LayerReader.ReadAsync(store, new LayerQuery(Domain.Review.DataLayer.Raw, s.Prefix, null, query.From, query.To), cancellationToken))
            {
                var parameter = x.Stored.Observation.ParameterCode;
                if (current is null || !string.Equals(current.Parameter, parameter, StringComparison.Ordinal))
                {
                    if (current is not null)
                        items.Add(current.Item(s.Province, s.Prefix));
                    current = new Counter(parameter);
                }
                current.Add(x);
            }
            if (current is not null)
                items.Add(current.Item(s.Province, s.Prefix));
        }
        return items;
    }

    sealed class Counter(string parameter)
    {
        public string Parameter { get; } = parameter;
        long _values, _flagged, _level1, _flaggedLevel1, _level2, _validated;
        DateTimeOffset? _first, _last;

        public void Add(LayeredObservation x)
        {
            _values++;
            var flagged = x.Layered.WorstFlag is QcSeverity.Suspect or QcSeverity.Invalid;
            if (flagged)
                _flagged++;
            switch (x.Layered.Review.Level)
            {
                case 0:
                    _level1++;
                    if (flagged)
                        _flaggedLevel1++;
                    break;
                case 1:
                    _level2++;
                    break;
                default:
                    _validated++;
                    return;
            }
            var at = x.Stored.Observation.ObservedAt;
            _first ??= at;
            _last = at;
        }

        public ReviewQueueItem Item(string province, string station) =>
            new(province, station, Parameter, _values, _flagged, _level1, _flaggedLevel1, _level2, _validated, _first, _last);
    }
}
