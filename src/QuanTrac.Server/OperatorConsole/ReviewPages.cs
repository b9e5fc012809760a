using System.Globalization;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Review;
using QuanTrac.Domain.Time;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Review;
using QuanTrac.Storage;
using QuanTrac.Storage.Review;

namespace QuanTrac.Server.OperatorConsole;

/// <summary>
/// The review console: <c>GET /console/review</c> (the queue per province and station: what needs level 1 and level 2),
/// <c>GET /console/review/series</c> (one station parameter over a period: chart with flagged points, the same points
/// in a table, and the action form), <c>POST /console/review/actions</c> (records the form's action as the signed-in
/// account, through the same checks as the API).
/// </summary>
static class ReviewPages
{
    /// <summary>Most values listed in the table of the series page (the chart draws them all).</summary>
    const int MaxRows = 2000;

    public static async Task<IResult> QueueAsync(HttpContext context, string? province, string? from, string? to, IQuanTracStore store, TimeProvider time, CancellationToken ct)
    {
        var page = new ConsolePage(context);
        var end = time.GetUtcNow();
        var start = end.AddDays(-ReviewApi.DefaultQueueDays);
        if ((!string.IsNullOrWhiteSpace(to) && !VietnamTime.TryParseIso(to, out end)) || (!string.IsNullOrWhiteSpace(from) && !VietnamTime.TryParseIso(from, out start)))
            return Error(page, 400, page.T("Từ/đến phải là thời điểm ISO 8601.", "From/to must be ISO 8601 times."));
        var items = await ReviewApi.QueueFor(context.User, store, province, null, start, end, ct);
        page.Add($"""
            <form method="get" action="/console/review"><label>{page.T("Tỉnh", "Province")} <input name="province" value="{ConsolePage.E(province)}" size="6"></label>
            <label>{page.T("Từ", "From")} <input type="datetime-local" step="1" name="from" value="{Local(start)}"></label>
            <label>{page.T("Đến", "To")} <input type="datetime-local" step="1" name="to" value="{Local(end)}"></label> <button>{page.T("Xem", "Show")}</button></form>
            <table><caption>{page.T("Hàng đợi kiểm duyệt", "Review queue")} {ConsolePage.E(StatusBoardPage.Local(start))} – {ConsolePage.E(StatusBoardPage.Local(end))} ({page.T("giờ Việt Nam", "Vietnam time")})</caption>
            <thead><tr><th scope="col">{page.T("Tỉnh", "Province")}</th><th scope="col">{page.T("Trạm", "Station")}</th><th scope="col">{page.T("Thông số", "Parameter")}</th>
            <th scope="col">{page.T("Số giá trị", "Values")}</th><th scope="col">{page.T("Bị gắn cờ", "Flagged")}</th><th scope="col">{page.T("Chờ cấp 1", "Need level 1")}</th>
            <th scope="col">{page.T("Trong đó gắn cờ", "Of which flagged")}</th><th scope="col">{page.T("Chờ cấp 2", "Need level 2")}</th><th scope="col">{page.T("Đã phê duyệt", "Validated")}</th></tr></thead><tbody>
            """);
        foreach (var i in items)
        {
            var link = $"/console/review/series?station={Uri.EscapeDataString(i.Station)}&parameter={Uri.EscapeDataString(i.Parameter)}&from={Uri.EscapeDataString(Local(start))}&to={Uri.EscapeDataString(Local(end))}";
            page.Add($"""
                <tr><td>{ConsolePage.E(i.Province)}</td><td>{ConsolePage.E(i.Station)}</td><td><a href="{ConsolePage.E(link)}">{ConsolePage.E(i.Parameter)}</a></td><td>{i.Values}</td><td>{i.Flagged}</td>
                <td>{i.NeedLevel1}</td><td>{i.FlaggedNeedLevel1}</td><td>{i.NeedLevel2}</td><td>{i.Validated}</td></tr>
                """);
        }
        page.Add("</tbody></table>");
        return page.Result(page.T("Kiểm duyệt số liệu", "Data review"));
    }

    public static Task<IResult> SeriesAsync(HttpContext context, string? station, string? parameter, string? from, string? to, long? done,
        IQuanTracStore store, TimeProvider time, CancellationToken ct)
    {
        var page = new ConsolePage(context);
        var message = done is { } id ? (page.T($"Đã ghi thao tác kiểm duyệt số {id}.", $"Review action {id} recorded."), false) : ((string, bool)?)null;
        return RenderSeriesAsync(context, page, station, parameter, from, to, message, 200, store, time, ct);
    }

    public static async Task<IResult> ActionAsync(HttpContext context, IQuanTracStore store, TimeProvider time, CancellationToken ct)
    {
        var page = new ConsolePage(context);
        if (await ConsoleForms.ReadAsync(context) is not { } form)
            return ConsoleForms.AntiforgeryFailed(page);
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in new[] { "station", "parameter", "from", "to", "action", "level", "reason", "value" })
            fields[name] = form[name].ToString();
        var outcome = await ReviewApi.RecordAsync(context.User, fields, store, time, ct, context.RequestServices.GetService<Indices.IndexSignal>());
        if (outcome.Action is { } action)
            return Results.Redirect($"/console/review/series?station={Uri.EscapeDataString(action.Request.Station)}&parameter={Uri.EscapeDataString(action.Request.Parameter)}"
                + $"&from={Uri.EscapeDataString(form["pageFrom"].ToString())}&to={Uri.EscapeDataString(form["pageTo"].ToString())}&done={action.Id}");
        return await RenderSeriesAsync(context, page, fields["station"], fields["parameter"], form["pageFrom"], form["pageTo"], (outcome.Error!, true), outcome.Status, store, time, ct);
    }

    static async Task<IResult> RenderSeriesAsync(HttpContext context, ConsolePage page, string? station, string? parameter, string? from, string? to,
        (string Text, bool Error)? message, int status, IQuanTracStore store, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(station) || string.IsNullOrWhiteSpace(parameter))
            return Error(page, 400, page.T("Cần chọn trạm và thông số (từ hàng đợi kiểm duyệt).", "Choose a station and a parameter (from the review queue)."));
        if (await store.GetStationAsync(station.Trim(), ct) is not { } s || !StationScope.CanSee(context.User, s))
            return Error(page, 404, page.T("Không có trạm này trong phạm vi của bạn.", "No such station in your scope."));
        var end = time.GetUtcNow();
        if (!string.IsNullOrWhiteSpace(to) && !VietnamTime.TryParseIso(to, out end))
            return Error(page, 400, page.T("Đến: không phải thời điểm ISO 8601.", "To: not an ISO 8601 time."));
        var start = end.AddDays(-1);
        if (!string.IsNullOrWhiteSpace(from) && !VietnamTime.TryParseIso(from, out start))
            return Error(page, 400, page.T("Từ: không phải thời điểm ISO 8601.", "From: not an ISO 8601 time."));
        if (start > end)
            return Error(page, 400, page.T("Từ phải trước đến.", "From must be before to."));
        parameter = parameter.Trim();
        var points = new List<LayeredObservation>();
        await foreach (var x in LayerReader.ReadAsync(store, new LayerQuery(DataLayer.Raw, s.Prefix, parameter, start, end), ct))
            points.Add(x);

        var title = $"{s.Prefix} · {parameter}";
        if (message is { } m)
            page.Add($"""<p class="msg{(m.Error ? " err" : "")}" role="{(m.Error ? "alert" : "status")}">{ConsolePage.E(m.Text)}</p>""");
        page.Add($"""
            <p>{ConsolePage.E(page.English ? s.NameEn : s.NameVi)} · {ConsolePage.E(StatusBoardPage.Local(start))} – {ConsolePage.E(StatusBoardPage.Local(end))} ({page.T("giờ Việt Nam", "Vietnam time")}) · <a href="/console/review">{page.T("Về hàng đợi", "Back to the queue")}</a></p>
            <form method="get" action="/console/review/series"><input type="hidden" name="station" value="{ConsolePage.E(s.Prefix)}"><input type="hidden" name="parameter" value="{ConsolePage.E(parameter)}">
            <label>{page.T("Từ", "From")} <input type="datetime-local" step="1" name="from" value="{Local(start)}"></label> <label>{page.T("Đến", "To")} <input type="datetime-local" step="1" name="to" value="{Local(end)}"></label> <button>{page.T("Xem", "Show")}</button></form>
            <figure>{SeriesChart.Svg(page, points, start, end, title)}<figcaption>{ConsolePage.E(title)}</figcaption></figure>{SeriesChart.Legend(page)}
            """);
        page.Add(Form(page, context, s.Prefix, parameter, start, end));
        page.Add($"""
            <table><caption>{page.T("Các giá trị (tầng thô)", "Values (raw layer)")}: {points.Count}{(points.Count > MaxRows ? page.T($", hiển thị {MaxRows} đầu", $", first {MaxRows} shown") : "")}</caption>
            <thead><tr><th scope="col">{page.T("Thời điểm", "Time")}</th><th scope="col">{page.T("Giá trị", "Value")}</th><th scope="col">{page.T("Đơn vị", "Unit")}</th><th scope="col">{page.T("Trạng thái thiết bị", "Device status")}</th>
            <th scope="col">{page.T("Cờ tự động", "Automatic flags")}</th><th scope="col">{page.T("Mức cờ", "Flag severity")}</th><th scope="col">{page.T("Kiểm duyệt", "Review")}</th></tr></thead><tbody>
            """);
        foreach (var p in points.Take(MaxRows))
        {
            var o = p.Stored.Observation;
            var corrected = p.Layered.Review.Content == ReviewContent.Corrected ? $" → {p.Layered.Review.CorrectedValue?.ToString(CultureInfo.InvariantCulture)}" : "";
            page.Add($"""
                <tr><td>{ConsolePage.E(StatusBoardPage.Local(o.ObservedAt))}</td><td>{ConsolePage.E(o.Value?.ToString(CultureInfo.InvariantCulture) ?? "—")}{ConsolePage.E(corrected)}</td><td>{ConsolePage.E(o.Unit)}</td><td>{ConsolePage.E(o.Status)}</td>
                <td>{ConsolePage.E(string.Join("; ", p.Layered.RuleIds))}</td><td>{Severity(page, p.Layered.WorstFlag)}</td><td>{ConsolePage.E(p.Layered.Review.ToString())}</td></tr>
                """);
        }
        page.Add("</tbody></table>");
        return page.Result(page.T("Kiểm duyệt", "Review") + ": " + title, status);
    }

    static string Form(ConsolePage page, HttpContext context, string station, string parameter, DateTimeOffset from, DateTimeOffset to)
    {
        var levels = ReviewAccess.Levels(context.User);
        if (levels.Count == 0)
            return "";
        var preset = ReviewAccess.DefaultLevel(context.User);
        var levelOptions = string.Concat(levels.Select(l => $"""<option value="{l}"{(l == preset ? " selected" : "")}>{page.T("Cấp", "Level")} {l}</option>"""));
        string Radio(string value, string vi, string en, bool check = false) =>
            $"""<label><input type="radio" name="action" value="{value}"{(check ? " checked" : "")} required> {page.T(vi, en)}</label>""";
        var reopen = levels.Contains(2) ? Radio("reopen", "Mở lại (đã phê duyệt cấp 2)", "Reopen (approved at level 2)") : "";
        return $"""
            <form method="post" action="/console/review/actions" aria-labelledby="review-form-title"><h2 id="review-form-title">{page.T("Thao tác kiểm duyệt", "Review action")}</h2>{page.AntiforgeryField()}
            <input type="hidden" name="station" value="{ConsolePage.E(station)}"><input type="hidden" name="parameter" value="{ConsolePage.E(parameter)}">
            <input type="hidden" name="pageFrom" value="{Local(from)}"><input type="hidden" name="pageTo" value="{Local(to)}">
            <fieldset><legend>{page.T("Thao tác", "Action")}</legend>{Radio("approve", "Phê duyệt", "Approve", true)}{Radio("invalidate", "Loại bỏ (không hợp lệ)", "Invalidate")}
            {Radio("correct", "Hiệu chỉnh giá trị", "Correct the value")}{Radio("annotate", "Ghi chú", "Annotate")}{reopen}</fieldset>
            <label>{page.T("Cấp kiểm duyệt", "Review level")} <select name="level">{levelOptions}</select></label>
            <label>{page.T("Từ (bao gồm)", "From (inclusive)")} <input type="datetime-local" step="1" name="from" value="{Local(from)}" required></label>
            <label>{page.T("Đến (bao gồm)", "To (inclusive)")} <input type="datetime-local" step="1" name="to" value="{Local(to)}" required></label>
            <label>{page.T("Giá trị mới (chỉ khi hiệu chỉnh, dấu chấm thập phân)", "New value (correction only, decimal point)")} <input name="value" inputmode="decimal"></label>
            <label>{page.T("Lý do (bắt buộc)", "Reason (required)")} <textarea name="reason" rows="2" cols="60" maxlength="2000" required></textarea></label>
            <p><button>{page.T("Ghi thao tác", "Record the action")}</button></p></form>
            """;
    }

    static string Severity(ConsolePage page, QcSeverity? severity) => severity switch
    {
        QcSeverity.Invalid => $"""<span class="error">{page.T("Không hợp lệ", "Invalid")}</span>""",
        QcSeverity.Suspect => $"""<span class="silent">{page.T("Nghi ngờ", "Suspect")}</span>""",
        null => "",
        _ => ConsolePage.E(severity.ToString()),
    };

    static IResult Error(ConsolePage page, int status, string text)
    {
        page.Add($"""<p class="msg err" role="alert">{ConsolePage.E(text)}</p><p><a href="/console/review">{page.T("Về hàng đợi kiểm duyệt", "Back to the review queue")}</a></p>""");
        return page.Result(page.T("Kiểm duyệt", "Review"), status);
    }

    /// <summary>A datetime-local value in Vietnam time, to the second.</summary>
    static string Local(DateTimeOffset instant) => VietnamTime.ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
