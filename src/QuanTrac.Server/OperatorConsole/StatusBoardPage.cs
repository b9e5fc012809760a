using QuanTrac.Domain.Time;
using QuanTrac.Server.Accounts;
using QuanTrac.Storage;

namespace QuanTrac.Server.OperatorConsole;

/// <summary><c>GET /console</c>: every station the user may see, with its state, latest file and files today.</summary>
static class StatusBoardPage
{
    public static async Task<IResult> RenderAsync(HttpContext context, IQuanTracStore store, TimeProvider time, CancellationToken ct)
    {
        var page = new ConsolePage(context);
        var now = time.GetUtcNow();
        var stations = (await store.GetStationsAsync(ct)).Where(s => StationScope.CanSee(context.User, s)).ToList();
        var rows = new List<StationStatus>();
        foreach (var s in stations)
            rows.Add(await StationStatus.ReadAsync(store, s, now, ct));
        var counts = rows.GroupBy(r => r.State).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        page.Add($"""
            <p>{page.T("Trạm", "Stations")}: {rows.Count} · <span class="online">{State(page, "online")}: {counts.GetValueOrDefault("online")}</span> ·
            <span class="silent">{State(page, "silent")}: {counts.GetValueOrDefault("silent")}</span> · <span class="error">{State(page, "error")}: {counts.GetValueOrDefault("error")}</span>
            · <span class="never">{State(page, "never")}: {counts.GetValueOrDefault("never")}</span></p>
            <table><caption>{page.T("Trạng thái lúc", "Status at")} {ConsolePage.E(Local(now))} ({page.T("giờ Việt Nam", "Vietnam time")})</caption>
            <thead><tr><th scope="col">{page.T("Trạm", "Station")}</th><th scope="col">{page.T("Tỉnh", "Province")}</th><th scope="col">{page.T("Trạng thái", "Status")}</th>
            <th scope="col">{page.T("Tệp gần nhất", "Last file")}</th><th scope="col">{page.T("Nhận lúc", "Received")}</th><th scope="col">{page.T("Số tệp hôm nay", "Files today")}</th></tr></thead><tbody>
            """);
        foreach (var r in rows)
            page.Add($"""
                <tr><td><a href="/console/files?station={Uri.EscapeDataString(r.Station.Prefix)}">{ConsolePage.E(r.Station.Prefix)}</a><br>{ConsolePage.E(page.English ? r.Station.NameEn : r.Station.NameVi)}</td>
                <td>{ConsolePage.E(r.Station.Province)}</td><td class="{r.State}">{State(page, r.State)}</td>
                <td>{ConsolePage.E(r.LastFile?.FileName ?? "—")}</td><td>{ConsolePage.E(r.LastFile is { } f ? Local(f.LastReceivedAt) : "—")}</td><td>{r.FilesToday}</td></tr>
                """);
        page.Add("</tbody></table>");
        return page.Result(page.T("Trạng thái trạm", "Station status"));
    }

    public static string State(ConsolePage page, string state) => state switch
    {
        "online" => page.T("Đang truyền", "Online"),
        "silent" => page.T("Mất tín hiệu", "Silent"),
        "error" => page.T("Lỗi tệp", "File error"),
        _ => page.T("Chưa có dữ liệu", "No data yet"),
    };

    public static string Local(DateTimeOffset instant) => VietnamTime.FormatIso(instant).Replace('T', ' ')[..19];
}
