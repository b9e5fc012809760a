using Microsoft.AspNetCore.Authorization;
using QuanTrac.Domain.Alerts;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Alerts;
using QuanTrac.Storage;
using QuanTrac.Storage.Alerts;

namespace QuanTrac.Server.OperatorConsole;

/// <summary>
/// <c>GET /console/alerts</c>: the alerts of the stations in the user's scope (unresolved by default);
/// <c>POST /console/alerts/{id}/acknowledge|resolve</c>: an operator's change, as the signed-in account.
/// </summary>
static class AlertsPage
{
    public static async Task<IResult> RenderAsync(HttpContext context, string? state, IQuanTracStore store, IAuthorizationService authorization, CancellationToken ct)
    {
        var page = new ConsolePage(context);
        if (store is not IAlertStore alerts)
            return Message(page, 501, page.T("Cơ sở dữ liệu này không lưu cảnh báo.", "This store keeps no alerts."));
        var query = state switch
        {
            "all" => new AlertQuery(Limit: 500),
            "resolved" => new AlertQuery(State: AlertState.Resolved, Limit: 500),
            _ => new AlertQuery(Unresolved: true, Limit: 500),
        };
        var scope = await AlertScope.ForAsync(context.User, store, ct);
        var list = (await alerts.GetAlertsAsync(query, ct)).Where(scope.CanSee).ToList();
        var canManage = (await authorization.AuthorizeAsync(context.User, Policies.ManageAlerts)).Succeeded;
        var antiforgery = canManage ? page.AntiforgeryField() : "";
        page.Add($"""
            <p><a href="/console/alerts">{page.T("Chưa đóng", "Unresolved")}</a> · <a href="/console/alerts?state=resolved">{page.T("Đã đóng", "Resolved")}</a> · <a href="/console/alerts?state=all">{page.T("Tất cả", "All")}</a></p>
            <table><caption>{page.T("Cảnh báo trong phạm vi của bạn", "Alerts in your scope")}: {list.Count}</caption>
            <thead><tr><th scope="col">{page.T("Mã", "Id")}</th><th scope="col">{page.T("Trạm / thông số", "Station / parameter")}</th><th scope="col">{page.T("Loại, mức", "Kind, level")}</th>
            <th scope="col">{page.T("Trạng thái", "State")}</th><th scope="col">{page.T("Bắt đầu", "Started")}</th><th scope="col">{page.T("Nội dung", "Message")}</th><th scope="col">{page.T("Thao tác", "Action")}</th></tr></thead><tbody>
            """);
        foreach (var a in list)
        {
            var who = a.ResolvedBy is { } r ? $"<br><small>{page.T("đóng bởi", "resolved by")} {ConsolePage.E(r)}</small>"
                : a.AcknowledgedBy is { } k ? $"<br><small>{page.T("tiếp nhận bởi", "acknowledged by")} {ConsolePage.E(k)}</small>" : "";
            var actions = "";
            if (canManage && a.State != AlertState.Resolved)
            {
                var note = $"""<label>{page.T("Ghi chú", "Note")} <input name="note" maxlength="2000"></label>""";
                if (a.State == AlertState.Open)
                    actions += $"""<form method="post" action="/console/alerts/{a.Id}/acknowledge">{antiforgery}{note}<button>{page.T("Tiếp nhận", "Acknowledge")}</button></form>""";
                actions += $"""<form method="post" action="/console/alerts/{a.Id}/resolve">{antiforgery}{note}<button>{page.T("Đóng cảnh báo", "Resolve")}</button></form>""";
            }
            page.Add($"""
                <tr><td>{a.Id}</td><td>{ConsolePage.E(a.Station)}<br>{ConsolePage.E(a.Parameter)}</td><td>{Kind(page, a.Kind)}, {Level(page, a.Level)}</td>
                <td>{State(page, a.State)}{who}</td><td>{ConsolePage.E(StatusBoardPage.Local(a.StartedAt))}</td><td>{ConsolePage.E(page.English ? a.MessageEn : a.MessageVi)}</td><td>{actions}</td></tr>
                """);
        }
        page.Add("</tbody></table>");
        return page.Result(page.T("Cảnh báo", "Alerts"));
    }

    public static async Task<IResult> ChangeAsync(HttpContext context, long id, bool resolve, IQuanTracStore store, TimeProvider time, CancellationToken ct)
    {
        var page = new ConsolePage(context);
        if (await ConsoleForms.ReadAsync(context) is not { } form)
            return ConsoleForms.AntiforgeryFailed(page);
        if (store is not IAlertStore alerts)
            return Message(page, 501, page.T("Cơ sở dữ liệu này không lưu cảnh báo.", "This store keeps no alerts."));
        var note = form["note"].ToString().Trim();
        if (note.Length > 2000)
            return Message(page, 400, page.T("Ghi chú: tối đa 2000 ký tự.", "Note: at most 2000 characters."));
        var result = await AlertsApi.ChangeAlertAsync(context.User, id, resolve, note.Length == 0 ? null : note, store, alerts, time,
            context.RequestServices.GetRequiredService<OperatorChangeNotifications>(), ct);
        return result.Status switch
        {
            200 => Results.Redirect("/console/alerts", permanent: false, preserveMethod: false),
            404 => Message(page, 404, page.T("Không có cảnh báo với mã này trong phạm vi của bạn.", "No alert with this id in your scope.")),
            _ => Message(page, 409, page.T("Cảnh báo đã đóng, không thể thay đổi.", "The alert is resolved already; it cannot change.")),
        };
    }

    static IResult Message(ConsolePage page, int status, string text)
    {
        page.Add($"""<p class="msg{(status >= 400 ? " err" : "")}" role="status">{ConsolePage.E(text)}</p><p><a href="/console/alerts">{page.T("Về danh sách cảnh báo", "Back to the alerts")}</a></p>""");
        return page.Result(page.T("Cảnh báo", "Alerts"), status);
    }

    static string Kind(ConsolePage page, AlertKind kind) => kind switch
    {
        AlertKind.Exceedance => page.T("Vượt ngưỡng", "Exceedance"),
        AlertKind.Silence => page.T("Mất tín hiệu", "Silence"),
        AlertKind.DeviceError => page.T("Lỗi thiết bị", "Device error"),
        _ => page.T("Kiểm tra mẫu chuẩn", "Reference check"),
    };

    static string Level(ConsolePage page, AlertLevel level) => level switch
    {
        AlertLevel.Approaching => page.T("sắp vượt", "approaching"),
        AlertLevel.Warning => page.T("cảnh báo", "warning"),
        _ => page.T("báo động", "alarm"),
    };

    static string State(ConsolePage page, AlertState state) => state switch
    {
        AlertState.Open => page.T("Mới", "Open"),
        AlertState.Acknowledged => page.T("Đã tiếp nhận", "Acknowledged"),
        _ => page.T("Đã đóng", "Resolved"),
    };
}
