using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuanTrac.Domain.Review;
using QuanTrac.Domain.Time;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Alerts;
using QuanTrac.Storage;
using QuanTrac.Storage.Review;

namespace QuanTrac.Server.Review;

/// <summary>
/// The review workflow over HTTP, as the signed-in account: <c>GET /api/v1/review/queue</c> (what needs level 1 and
/// level 2, per province, station and parameter, limited to the caller's scope) and <c>POST /api/v1/review/actions</c>
/// (JSON <c>{"station","parameter","from","to","action","level"?,"reason"?,"value"?}</c>). Reviewers and
/// administrators only (<see cref="Policies.ReviewLevel1"/>); the level follows the role (<see cref="ReviewAccess"/>);
/// a cookie caller's write carries the antiforgery token (<see cref="WriteGuard"/>).
/// </summary>
public static class ReviewApi
{
    /// <summary>Days before now the queue covers when <c>from</c> is not given (keeps the default request cheap).</summary>
    public const int DefaultQueueDays = 7;

    /// <summary>Maps the endpoints.</summary>
    public static void MapReviewApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/review").RequireAuthorization(Policies.ReviewLevel1);
        group.MapGet("/queue", QueueAsync);
        group.MapPost("/actions", ActionAsync);
    }

    static async Task<IResult> QueueAsync(HttpContext context, string? province, string? station, string? from, string? to,
        IQuanTracStore store, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (!TryTime(to, now, out var end) || !TryTime(from, end.AddDays(-DefaultQueueDays), out var start))
            return Problem(400, "BAD_TIME", "from and to must be ISO 8601 times (no offset means Vietnam time). / from và to phải theo ISO 8601.");
        var items = await QueueFor(context.User, store, province, station, start, end, ct);
        var body = new JsonObject
        {
            ["from"] = VietnamTime.FormatIso(start),
            ["to"] = VietnamTime.FormatIso(end),
            ["items"] = new JsonArray([.. items.Select(i => (JsonNode)ReviewJson.Of(i))]),
        };
        return Results.Text(AlertJson.Text(body), "application/json", Encoding.UTF8);
    }

    /// <summary>The queue limited to the stations <paramref name="user"/> may see (the console's queue page uses it too).</summary>
    public static async Task<IReadOnlyList<ReviewQueueItem>> QueueFor(ClaimsPrincipal user, IQuanTracStore store, string? province, string? station,
        DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var stations = (await store.GetStationsAsync(ct)).ToDictionary(s => s.Prefix, StringComparer.Ordinal);
        // A province claim narrows the query itself, so a province reviewer's queue never reads other provinces' data.
        var own = user.FindFirst(Roles.ProvinceClaim)?.Value;
        var query = new ReviewQueueQuery(own ?? (string.IsNullOrWhiteSpace(province) ? null : province.Trim()),
            string.IsNullOrWhiteSpace(station) ? null : station.Trim(), from, to);
        var items = await ReviewQueue.BuildAsync(store, query, ct);
        return [.. items.Where(i => stations.TryGetValue(i.Station, out var s) && StationScope.CanSee(user, s))];
    }

    static async Task<IResult> ActionAsync(HttpContext context, IQuanTracStore store, TimeProvider time, CancellationToken ct)
    {
        if (await WriteGuard.CheckAsync(context) is { } refused)
            return refused;
        JsonObject? body;
        try
        {
            body = context.Request.HasJsonContentType() ? await JsonNode.ParseAsync(context.Request.Body, cancellationToken: ct) as JsonObject : null;
        }
        catch (JsonException e)
        {
            return Problem(400, "BAD_JSON", $"The body is not valid JSON: {e.Message} / Nội dung không phải JSON hợp lệ.");
        }
        if (body is null)
            return Problem(400, "BAD_JSON", "Send a JSON object (Content-Type: application/json). / Hãy gửi một đối tượng JSON (Content-Type: application/json).");
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in new[] { "station", "parameter", "from", "to", "action", "level", "reason", "value" })
        {
            try
            {
                fields[name] = body[name] is { } node ? node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString() : null;
            }
            catch (InvalidOperationException)
            {
                return Problem(400, "BAD_FIELD", $"Field '{name}' has the wrong type. / Trường '{name}' sai kiểu.");
            }
        }
        var outcome = await RecordAsync(context.User, fields, store, time, ct, context.RequestServices.GetService<Indices.IndexSignal>());
        return outcome.Action is { } action
            ? Results.Text(AlertJson.Text(ReviewJson.Of(action)), "application/json", Encoding.UTF8, 201)
            : Problem(outcome.Status, outcome.Code, outcome.Error!);
    }

    /// <summary>The result of a review request: the recorded action, or a status, code and bilingual error.</summary>
    public sealed record Outcome(ReviewAction? Action, int Status, string Code, string? Error);

    /// <summary>
    /// Validates the fields (names as in the JSON body; the console's form uses the same), checks role, level and scope,
    /// and records the action as <paramref name="user"/>. A recorded action marks its station in <paramref name="signal"/>,
    /// so the published VN_AQI (which reads the published layer) is recomputed at the cache's next pass, not the next full one.
    /// </summary>
    public static async Task<Outcome> RecordAsync(ClaimsPrincipal user, IReadOnlyDictionary<string, string?> fields, IQuanTracStore store,
        TimeProvider time, CancellationToken ct, Indices.IndexSignal? signal = null)
    {
        string? F(string name) => fields.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var errors = new List<string>();
        var station = F("station");
        var parameter = F("parameter");
        if (station is null)
            errors.Add("station: required / bắt buộc");
        if (parameter is null)
            errors.Add("parameter: required / bắt buộc");
        var kind = F("action") is { } a ? ReviewActionKinds.Parse(a.ToLowerInvariant()) : null;
        if (kind is null)
            errors.Add("action: approve, invalidate, correct, annotate or reopen / action: approve, invalidate, correct, annotate hoặc reopen");
        DateTimeOffset from = default, to = default;
        if (F("from") is not { } f || !VietnamTime.TryParseIso(f, out from))
            errors.Add("from: an ISO 8601 time is required / from: cần thời điểm ISO 8601");
        if (F("to") is not { } t || !VietnamTime.TryParseIso(t, out to))
            errors.Add("to: an ISO 8601 time is required / to: cần thời điểm ISO 8601");
        int? level = null;
        if (F("level") is { } l)
        {
            if (int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                level = n;
            else
                errors.Add("level: 1 or 2 / level: 1 hoặc 2");
        }
        decimal? value = null;
        if (F("value") is { } v)
        {
            if (decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                value = d;
            else
                errors.Add($"value: '{v}' is not a number (use a decimal point) / value: '{v}' không phải số (dùng dấu chấm thập phân)");
        }
        if (F("reason") is { Length: > 2000 })
            errors.Add("reason: at most 2000 characters / reason: tối đa 2000 ký tự");
        if (errors.Count > 0)
            return new(null, 400, "BAD_FIELD", string.Join("; ", errors));

        var decided = ReviewAccess.Decide(user, kind!.Value, level);
        if (decided.Error is { } refusal)
            return new(null, decided.Status, decided.Status == 403 ? "ROLE" : "BAD_LEVEL", refusal);
        if (await store.GetStationAsync(station!, ct) is not { } s || !StationScope.CanSee(user, s))
            return new(null, 404, "UNKNOWN_STATION", $"No station '{station}' in your scope. / Không có trạm '{station}' trong phạm vi của bạn.");
        var request = new ReviewRequest(s.Prefix, parameter!, from, to, kind.Value, decided.Level, user.Identity?.Name ?? "", F("reason"), value);
        try
        {
            var action = await new ReviewService(store, time).RecordAsync(request, ct);
            signal?.Touch(s.Prefix);
            return new(action, 201, "", null);
        }
        catch (ReviewRefusedException e)
        {
            return new(null, ReviewAccess.StatusOf(e), e.Code, e.Message);
        }
    }

    static bool TryTime(string? text, DateTimeOffset fallback, out DateTimeOffset value)
    {
        value = fallback;
        return string.IsNullOrWhiteSpace(text) || VietnamTime.TryParseIso(text, out value);
    }

    static IResult Problem(int status, string code, string detail) => Results.Problem(statusCode: status,
        title: status switch { 403 => "Not allowed / Không được phép", 404 => "Not found / Không tìm thấy", 409 => "Conflict / Xung đột", _ => "Invalid request / Yêu cầu không hợp lệ" },
        detail: detail, extensions: new Dictionary<string, object?> { ["code"] = code });
}
