using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using QuanTrac.Domain.Stations;
using QuanTrac.Ingest.Intake;
using QuanTrac.Ingest.StationFiles;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Relay;
using QuanTrac.Storage;

namespace QuanTrac.Server.OperatorConsole;

/// <summary>
/// <c>GET /console/files</c>: the file registry with quarantine reasons; <c>POST /console/files/{id}/reingest</c>
/// sends a quarantined file through the intake again from the raw archive (as <c>quantrac files reprocess</c>
/// does for all), e.g. after its station was registered.
/// </summary>
static class FilesPage
{
    public static async Task<IResult> RenderAsync(HttpContext context, bool? quarantined, string? station, IQuanTracStore store,
        IAuthorizationService authorization, CancellationToken ct)
    {
        var page = new ConsolePage(context);
        var stations = (await store.GetStationsAsync(ct)).ToDictionary(s => s.Prefix, StringComparer.Ordinal);
        var query = new FileQuery(quarantined == true ? FileOutcomeKind.Quarantined : null, string.IsNullOrWhiteSpace(station) ? null : station, 500);
        var files = (await store.GetFilesAsync(query, ct)).Where(f => CanSee(context.User, f, stations)).Take(200).ToList();
        var canReingest = (await authorization.AuthorizeAsync(context.User, Policies.Reingest)).Succeeded;
        var antiforgery = canReingest ? page.AntiforgeryField() : "";
        page.Add($"""
            <p><a href="/console/files">{page.T("Tất cả", "All")}</a> · <a href="/console/files?quarantined=true">{page.T("Chỉ tệp bị cách ly", "Quarantined only")}</a></p>
            <table><caption>{page.T("Tệp nhận gần nhất (tối đa 200)", "Most recently received files (at most 200)")}</caption>
            <thead><tr><th scope="col">{page.T("Tệp", "File")}</th><th scope="col">{page.T("Trạm", "Station")}</th><th scope="col">{page.T("Nhận lúc", "Received")}</th>
            <th scope="col">{page.T("Kết quả", "Outcome")}</th><th scope="col">{page.T("Số bản ghi", "Records")}</th><th scope="col">{page.T("Lý do cách ly", "Quarantine reason")}</th><th scope="col">{page.T("Thao tác", "Action")}</th></tr></thead><tbody>
            """);
        foreach (var f in files)
        {
            var reason = f.Reason is { } r ? $"<code>{ConsolePage.E(r.Code)}</code> {ConsolePage.E(page.English ? r.English : r.Vietnamese)}" : "";
            var action = canReingest && f.Outcome == FileOutcomeKind.Quarantined
                ? $"""<form method="post" action="/console/files/{f.Id}/reingest">{antiforgery}<button>{page.T("Xử lý lại", "Re-ingest")}</button></form>"""
                : "";
            page.Add($"""
                <tr><td>{ConsolePage.E(f.FileName)}<br><small>{ConsolePage.E(f.Sha256[..12])}…</small></td><td>{ConsolePage.E(f.StationPrefix ?? "—")}</td>
                <td>{ConsolePage.E(StatusBoardPage.Local(f.LastReceivedAt))}</td><td>{Outcome(page, f.Outcome)}</td><td>{f.Records}</td><td>{reason}</td><td>{action}</td></tr>
                """);
        }
        page.Add("</tbody></table>");
        return page.Result(page.T("Sổ đăng ký tệp", "File registry"));
    }

    public static async Task<IResult> ReingestAsync(HttpContext context, long id, IQuanTracStore store, RelayReceiver receiver, TimeProvider time, CancellationToken ct)
    {
        var page = new ConsolePage(context);
        if (await ConsoleForms.ReadAsync(context) is null)
            return ConsoleForms.AntiforgeryFailed(page);
        var entry = (await store.GetFilesAsync(new FileQuery(FileOutcomeKind.Quarantined, Limit: 100_000), ct)).FirstOrDefault(f => f.Id == id);
        if (entry is null)
            return Message(page, 404, page.T("Không có tệp bị cách ly với mã này.", "No quarantined file has this id."));
        var stations = (await store.GetStationsAsync(ct)).ToDictionary(s => s.Prefix, StringComparer.Ordinal);
        if (!CanSee(context.User, entry, stations))
            return Message(page, 403, page.T("Tệp này không thuộc phạm vi của bạn.", "This file is outside your scope."));
        if (await store.GetRawBytesAsync(entry.Sha256, ct) is not { } bytes)
            return Message(page, 409, page.T("Kho lưu trữ không có dữ liệu của tệp này.", "The archive has no bytes for this file."));
        if (!receiver.Ready)
            return Message(page, 503, page.T("Bộ tiếp nhận đang khởi động, hãy thử lại.", "The intake is starting; try again."));
        var outcome = await receiver.ReceiveAsync(new ReceivedFile(entry.FileName, entry.SourcePath, bytes, time.GetUtcNow()), ct);
        var reason = outcome.Reason is { } r ? $" — {(page.English ? r.English : r.Vietnamese)}" : "";
        return Message(page, 200, $"{entry.FileName}: {Outcome(page, outcome.Kind)}{reason}");
    }

    static IResult Message(ConsolePage page, int status, string text)
    {
        page.Add($"""<p class="msg{(status >= 400 ? " err" : "")}" role="status">{ConsolePage.E(text)}</p><p><a href="/console/files?quarantined=true">{page.T("Về sổ tệp", "Back to the file registry")}</a></p>""");
        return page.Result(page.T("Xử lý lại tệp", "Re-ingest a file"), status);
    }

    static string Outcome(ConsolePage page, FileOutcomeKind kind) => kind switch
    {
        FileOutcomeKind.Accepted => page.T("Đã nhận", "Accepted"),
        FileOutcomeKind.Duplicate => page.T("Trùng lặp", "Duplicate"),
        FileOutcomeKind.Quarantined => page.T("Cách ly", "Quarantined"),
        _ => ConsolePage.E(kind.ToString()),
    };

    /// <summary>Registered station: its scope; unregistered (quarantined): province and facility read from the file name.</summary>
    static bool CanSee(ClaimsPrincipal user, FileEntry f, Dictionary<string, Station> stations)
    {
        if (f.StationPrefix is { } p && stations.TryGetValue(p, out var s))
            return StationScope.CanSee(user, s);
        var prefix = StationFileName.TryParse(f.FileName, null, out var name, out _) ? name!.Prefix : f.FileName;
        var parts = prefix.Split('_');
        return StationScope.CanSee(user, parts[0], parts.Length > 1 ? parts[1] : null);
    }
}
