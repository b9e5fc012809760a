using QuanTrac.Server.Http;

namespace QuanTrac.Server.Indices;

/// <summary>
/// One computed state of the current indices of all stations, with its answers already serialised (JSON, CSV,
/// each also gzip-compressed) so that <c>GET /api/v1/aqi/latest</c> only copies bytes.
/// </summary>
/// <param name="ComputedAt">When the snapshot was computed (UTC instant).</param>
/// <param name="Aqi">Air stations, by station id.</param>
/// <param name="Wqi">Surface-water stations, by station id.</param>
/// <param name="AqiJson">The body of <c>/api/v1/aqi/latest</c>.</param>
/// <param name="AqiCsv">The same as CSV.</param>
/// <param name="WqiJson">The body of <c>/api/v1/wqi/latest</c>.</param>
/// <param name="WqiCsv">The same as CSV.</param>
public sealed record IndexSnapshot(
    DateTimeOffset ComputedAt,
    IReadOnlyList<LatestIndex> Aqi,
    IReadOnlyList<LatestIndex> Wqi,
    CachedBody AqiJson,
    CachedBody AqiCsv,
    CachedBody WqiJson,
    CachedBody WqiCsv);
