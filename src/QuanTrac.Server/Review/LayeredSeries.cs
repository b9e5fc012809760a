using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Nodes;
using QuanTrac.Domain.Review;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Domain.Time;
using QuanTrac.Server.Alerts;
using QuanTrac.Storage;
using QuanTrac.Storage.Review;

namespace QuanTrac.Server.Review;

/// <summary>
/// <c>GET /api/v1/stations/{id}/series?parameter=P&amp;layer=raw|validated|published&amp;asOf=T</c>: one station parameter
/// in a layer, as it stands now or as it stood at <c>asOf</c> (see <see cref="LayerReader"/>). Called by the series
/// endpoint of <c>StationsApi</c> when <c>layer</c> or <c>asOf</c> is given; public like that endpoint, since the
/// published layer labels what is provisional and the raw layer carries the same values the plain series does.
/// </summary>
public static class LayeredSeries
{
    /// <summary>Answers the request; the station is known and the period checked by the caller.</summary>
    public static async Task<IResult> ReadAsync(string station, string parameter, DateTimeOffset from, DateTimeOffset to, string? layer, string? asOf,
        IQuanTracStore store, CancellationToken ct)
    {
        if (!TryParse(layer, asOf, out var dataLayer, out var at, out var problem))
            return problem;
        var values = new JsonArray();
        await foreach (var x in LayerReader.ReadAsync(store, new LayerQuery(dataLayer, station, parameter, from, to, at), ct))
            values.Add(ReviewJson.Of(x, dataLayer));
        var body = new JsonObject
        {
            ["station"] = station,
            ["parameter"] = parameter,
            ["layer"] = DataLayers.Name(dataLayer),
            ["asOf"] = at is { } a ? VietnamTime.FormatIso(a) : null,
            ["from"] = VietnamTime.FormatIso(from),
            ["to"] = VietnamTime.FormatIso(to),
            ["values"] = values,
        };
        return Results.Text(AlertJson.Text(body), "application/json", Encoding.UTF8);
    }

    /// <summary>
    /// The values of one station parameter in a layer (as of a past instant when given), for means: each as a timed value
    /// and whether it is provisional (not approved at review level 2), and the unit of the newest. A problem answer when the
    /// layer or instant is invalid.
    /// </summary>
    public static async Task<(IReadOnlyList<(TimedValue Value, bool Provisional)> Values, string? Unit, string Layer, DateTimeOffset? AsOf, IResult? Problem)> ValuesAsync(
        string station, string parameter, DateTimeOffset from, DateTimeOffset to, string? layer, string? asOf, IQuanTracStore store, CancellationToken ct)
    {
        if (!TryParse(layer, asOf, out var dataLayer, out var at, out var problem))
            return ([], null, "", null, problem);
        var values = new List<(TimedValue, bool)>();
        string? unit = null;
        await foreach (var x in LayerReader.ReadAsync(store, new LayerQuery(dataLayer, station, parameter, from, to, at), ct))
        {
            values.Add((x.Layered.ToTimedValue(), x.Layered.Provisional));
            unit = x.Layered.Observation.Unit;
        }
        return (values, unit, DataLayers.Name(dataLayer), at, null);
    }

    /// <summary>The layer (default published) and the as-of instant (default now) of a request, or the problem answer.</summary>
    static bool TryParse(string? layer, string? asOf, out DataLayer dataLayer, out DateTimeOffset? at, [NotNullWhen(false)] out IResult? problem)
    {
        at = null;
        problem = null;
        var parsed = string.IsNullOrWhiteSpace(layer) ? DataLayer.Published : DataLayers.Parse(layer.Trim());
        dataLayer = parsed ?? DataLayer.Published;
        if (parsed is null)
            problem = Problem($"layer must be raw, validated or published, not '{layer}'. / layer phải là raw, validated hoặc published.");
        else if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (VietnamTime.TryParseIso(asOf, out var t))
                at = t;
            else
                problem = Problem($"asOf must be an ISO 8601 time, not '{asOf}'. / asOf phải là thời điểm ISO 8601.");
        }
        return problem is null;
    }

    static IResult Problem(string detail) => Results.Problem(statusCode: 400, title: "Invalid request / Yêu cầu không hợp lệ", detail: detail);
}
