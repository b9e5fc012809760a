using System.Text;
using System.Text.Json.Nodes;
using QuanTrac.Domain.Alerts;
using QuanTrac.Ingest.Alerts;
using QuanTrac.Server.Accounts;
using QuanTrac.Storage;
using QuanTrac.Storage.Alerts;

namespace QuanTrac.Server.Alerts;

/// <summary>
/// <c>GET /api/v1/alerts</c> (JSON list, filters <c>state</c> = open|acknowledged|resolved|unresolved, <c>station</c>,
/// <c>kind</c>) and <c>GET /api/v1/alerts/stream</c> (Server-Sent Events: one <c>alert</c> event per change of any
/// alert, from the moment of connection). The stream reads the store's change times, not an in-process bus, so it
/// shows changes made by any node and by the command line (acknowledgements). <c>POST /api/v1/alerts/{id}/acknowledge</c>
/// and <c>…/resolve</c> (optional <c>note</c>, form field or JSON) change one alert as the signed-in account.
/// Reading needs <see cref="Policies.Alerts"/> (operators and reviewers), changing <see cref="Policies.ManageAlerts"/>
/// (operators); every caller sees and changes only the alerts of stations in its scope (<see cref="AlertScope"/>), and a
/// cookie caller's write carries the antiforgery token (<see cref="WriteGuard"/>).
/// </summary>
public static class AlertsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/alerts").RequireAuthorization(Policies.Alerts);
        group.MapGet("/", List);
        group.MapGet("/stream", Stream);
        group.MapPost("/{id:long}/acknowledge", (HttpContext c, long id, IQuanTracStore s, TimeProvider t, OperatorChangeNotifications n, CancellationToken ct) => ChangeAsync(c, id, false, s, t, n, ct))
            .RequireAuthorization(Policies.ManageAlerts);
        group.MapPost("/{id:long}/resolve", (HttpContext c, long id, IQuanTracStore s, TimeProvider t, OperatorChangeNotifications n, CancellationToken ct) => ChangeAsync(c, id, true, s, t, n, ct))
            .RequireAuthorization(Policies.ManageAlerts);
    }

    static async Task<IResult> List(HttpContext context, string? state, string? station, string? kind, IQuanTracStore store, CancellationToken ct)
    {
        if (store is not IAlertStore alerts)
            return NoAlerts();
        if (!TryQuery(state, station, kind, out var query, out var problem))
            return problem!;
        var scope = await AlertScope.ForAsync(context.User, store, ct);
        var list = (await alerts.GetAlertsAsync(query, ct)).Where(scope.CanSee);
        return Results.Text(AlertJson.Text(new JsonArray([.. list.Select(a => (JsonNode)AlertJson.Of(a))])), "application/json", Encoding.UTF8);
    }

    /// <summary>Acknowledges or resolves alert <paramref name="id"/> as the caller; 404 also for an alert outside the caller's scope.</summary>
    static async Task<IResult> ChangeAsync(HttpContext context, long id, bool resolve, IQuanTracStore store, TimeProvider time,
        OperatorChangeNotifications notifications, CancellationToken ct)
    {
        if (await WriteGuard.CheckAsync(context) is { } refused)
            return refused;
        if (store is not IAlertStore alerts)
            return NoAlerts();
        var note = await NoteAsync(context.Request, ct);
        if (note is { Length: > 2000 })
            return Problem("note: at most 2000 characters. / note: tối đa 2000 ký tự.");
        var result = await ChangeAlertAsync(context.User, id, resolve, note, store, alerts, time, notifications, ct);
        return result.Status switch
        {
            200 => Results.Text(AlertJson.Text(AlertJson.Of(result.Alert!)), "application/json", Encoding.UTF8),
            404 => Results.Problem(statusCode: 404, title: "Unknown alert / Không có cảnh báo",
                detail: $"No alert {id} in your scope. / Không có cảnh báo {id} trong phạm vi của bạn."),
            _ => Results.Problem(statusCode: 409, title: "Alert resolved / Cảnh báo đã đóng",
                detail: $"Alert {id} is resolved already; it cannot change. / Cảnh báo {id} đã đóng, không thể thay đổi."),
        };
    }

    /// <summary>The outcome of an operator's change: 200 with the alert, 404 (none in scope) or 409 (resolved already).</summary>
    public sealed record ChangeResult(int Status, Alert? Alert);

    /// <summary>
    /// Acknowledges or resolves an alert as <paramref name="user"/> (the console's form does the same); the change is sent
    /// to the notification channels like the evaluation's.
    /// </summary>
    public static async Task<ChangeResult> ChangeAlertAsync(System.Security.Claims.ClaimsPrincipal user, long id, bool resolve, string? note,
        IQuanTracStore store, IAlertStore alerts, TimeProvider time, OperatorChangeNotifications notifications, CancellationToken ct)
    {
        var scope = await AlertScope.ForAsync(user, store, ct);
        if (await alerts.GetAlertAsync(id, ct) is not { } alert || !scope.CanSee(alert))
            return new(404, null);
        var name = user.Identity?.Name ?? "?";
        try
        {
            var change = resolve
                ? await AlertRun.ResolveAsync(alerts, time, id, name, note, ct)
                : await AlertRun.AcknowledgeAsync(alerts, time, id, name, note, ct);
            if (change is null)
                return new(404, null);
            notifications.Enqueue(change);
            return new(200, change.Alert);
        }
        catch (InvalidOperationException)
        {
            return new(409, alert);
        }
    }

    static async Task<string?> NoteAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
            return (await request.ReadFormAsync(ct))["note"].ToString() is { Length: > 0 } n ? n.Trim() : null;
        if (request.HasJsonContentType())
        {
            try
            {
                return (await JsonNode.ParseAsync(request.Body, cancellationToken: ct))?["note"]?.GetValue<string>()?.Trim();
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
            {
                return null;
            }
        }
        return null;
    }

    static async Task Stream(HttpContext context, IQuanTracStore store, ServerOptions options, TimeProvider time, CancellationToken ct)
    {
        if (store is not IAlertStore alerts)
        {
            await NoAlerts().ExecuteAsync(context);
            return;
        }
        // Scope read once per connection: a station moved to another province shows up after the client reconnects.
        var scope = await AlertScope.ForAsync(context.User, store, ct);
        // The cursor is set before the opening comment: a change made as soon as the client sees the stream open is sent.
        var cursor = DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        // A comment line at once: proxies and clients see the stream open before the first alert changes.
        await response.WriteAsync(": quantrac alerts\n\n", ct);
        await response.Body.FlushAsync(ct);
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
                foreach (var a in changed.OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id))
                {
                    if (!sent.Add((a.Id, a.UpdatedAt)) || !scope.CanSee(a))
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
