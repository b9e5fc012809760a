using System.Text;
using System.Text.Json.Nodes;
using System.Security.Claims;
using QuanTrac.Domain.Alerts;
using QuanTrac.Server.Accounts;
using QuanTrac.Storage;
using QuanTrac.Storage.Alerts;

namespace QuanTrac.Server.Alerts;

/// <summary>
/// <c>GET /api/v1/alerts</c> (JSON list, filters <c>state</c> = open|acknowledged|resolved|unresolved, <c>station</c>,
/// <c>kind</c>) and <c>GET /api/v1/alerts/stream</c> (Server-Sent Events: one <c>alert</c> event per change of any
/// alert, from the moment of connection). The stream reads the store's change times, not an in-process bus, so it
/// shows changes made by any node and by the command line (acknowledgements). Both are meant for operators: the
/// accounts put them behind sign-in (<see cref="Policies.Console"/>) and every answer is limited to the stations the
/// person may see (<see cref="StationScope"/>: a province operator its province, an enterprise user its facility).
/// </summary>
public static class AlertsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/alerts").RequireAuthorization(Policies.Console);
        group.MapGet("/", List);
        group.MapGet("/stream", Stream);
    }

    static async Task<IResult> List(ClaimsPrincipal user, string? state, string? station, string? kind, IQuanTracStore store, CancellationToken ct)
    {
        if (store is not IAlertStore alerts)
            return NoAlerts();
        if (!TryQuery(state, station, kind, out var query, out var problem))
            return problem!;
        var visible = await VisibleAsync(user, store, ct);
        var list = (await alerts.GetAlertsAsync(query, ct)).Where(a => visible(a.Station));
        return Results.Text(AlertJson.Text(new JsonArray([.. list.Select(a => (JsonNode)AlertJson.Of(a))])), "application/json", Encoding.UTF8);
    }

    static async Task Stream(HttpContext context, IQuanTracStore store, ServerOptions options, TimeProvider time, CancellationToken ct)
    {
        if (store is not IAlertStore alerts)
        {
            await NoAlerts().ExecuteAsync(context);
            return;
        }
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        // A comment line at once: proxies and clients see the stream open before the first alert changes.
        await response.WriteAsync(": quantrac alerts\n\n", ct);
        await response.Body.FlushAsync(ct);
        var cursor = DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());
        var sent = new HashSet<(long, DateTimeOffset)>();
        var lastWrite = time.GetTimestamp();
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(options.AlertStreamPoll, time, ct);
                // A comment every 15 s of quiet: proxies and load balancers close connections that stay silent.
                if (time.GetElapsedTime(lastWrite) >= TimeSpan.FromSeconds(15))
                {
                    await response.WriteAsync(": ping\n\n", ct);
                    await response.Body.FlushAsync(ct);
                    lastWrite = time.GetTimestamp();
                }
                // ≥ cursor with a set of what was sent: changes stored in the same millisecond as the last one are not missed.
                var changed = await alerts.GetAlertsAsync(new AlertQuery(UpdatedAfter: cursor, Limit: 10_000), ct);
                var visible = await VisibleAsync(context.User, store, ct);
                foreach (var a in changed.OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id))
                {
                    if (!sent.Add((a.Id, a.UpdatedAt)) || !visible(a.Station))
                        continue;
                    await response.WriteAsync($"event: alert\nid: {a.Id}\ndata: {AlertJson.Text(AlertJson.Of(a))}\n\n", ct);
                }
                if (changed.Count > 0)
                {
                    cursor = changed.Max(a => a.UpdatedAt);
                    sent.RemoveWhere(s => s.Item2 < cursor);
                    await response.Body.FlushAsync(ct);
                    lastWrite = time.GetTimestamp();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away or the server stops.
        }
    }

    /// <summary>Which station prefixes the person may see alerts of (registry read per call: scopes follow registry edits).</summary>
    static async Task<Func<string, bool>> VisibleAsync(ClaimsPrincipal user, IQuanTracStore store, CancellationToken ct)
    {
        var stations = (await store.GetStationsAsync(ct)).ToDictionary(s => s.Prefix, StringComparer.Ordinal);
        return prefix => stations.TryGetValue(prefix, out var s) ? StationScope.CanSee(user, s) : StationScope.CanSee(user, StationScope.ProvinceOf(prefix), null);
    }

    static bool TryQuery(string? state, string? station, string? kind, out AlertQuery query, out IResult? problem)
    {
        query = new AlertQuery(Station: string.IsNullOrWhiteSpace(station) ? null : station);
        problem = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (string.Equals(state, "unresolved", StringComparison.OrdinalIgnoreCase))
                query = query with { Unresolved = true };
            else if (AlertNames.TryParseState(state, out var s))
                query = query with { State = s };
            else
                problem = Problem($"state must be open, acknowledged, resolved or unresolved, not '{state}'. / state phải là open, acknowledged, resolved hoặc unresolved.");
        }
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (AlertNames.TryParseKind(kind, out var k))
                query = query with { Kind = k };
            else
                problem = Problem($"kind must be exceedance, silence, device-error or reference-check, not '{kind}'. / kind không hợp lệ: '{kind}'.");
        }
        return problem is null;
    }

    static IResult NoAlerts() => Results.Problem(statusCode: 501, title: "No alerts / Không có cảnh báo",
        detail: "This store keeps no alerts. / Cơ sở dữ liệu này không lưu cảnh báo.");

    static IResult Problem(string detail) => Results.Problem(statusCode: 400, title: "Invalid request / Yêu cầu không hợp lệ", detail: detail);
}
