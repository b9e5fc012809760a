using System.Security.Claims;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Domain.Time;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Server.OperatorConsole;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Server.Proficiency;

/// <summary>
/// Console pages of proficiency testing, plain server-rendered like the rest of the console. <c>/console/pt</c> (coordinator):
/// every round with its status, report links, and forms to upload participants and results, compute and publish (schemes
/// and rounds are created with the API or the CLI). <c>/console/pt/lab</c> (laboratory): its published rounds, its own
/// report and history — links to the laboratory endpoints of the API, which the signed-in browser may read.
/// </summary>
static class PtConsolePages
{
    /// <summary>The form posts of a round: <c>POST /console/pt/rounds/{round}/{action}</c>.</summary>
    public static readonly IReadOnlyList<string> Actions = ["participants", "results", "compute", "publish"];

    public static Task<IResult> RoundsAsync(HttpContext context, IProficiencyStore store, CancellationToken ct) =>
        RenderRoundsAsync(new ConsolePage(context), store, null, 200, ct);

    /// <summary>Uploads (participants, results) and actions (compute, publish) of one round, then the list with the outcome.</summary>
    public static async Task<IResult> ActAsync(HttpContext context, string round, string action, PtRounds rounds, IProficiencyStore store, CancellationToken ct)
    {
        var page = new ConsolePage(context);
        if (await ConsoleForms.ReadAsync(context) is not { } form)
            return ConsoleForms.AntiforgeryFailed(page);
        var file = form.Files.GetFile("file");
        async Task<byte[]> Bytes()
        {
            if (file is null || file.Length is 0 or > PtHttp.MaxSheetBytes)
                throw new PtSetupException(new("PT_NO_FILE", "Hãy chọn một tệp CSV hoặc XLSX (tối đa 10 MB).", "Choose a CSV or XLSX file (at most 10 MB)."));
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            return buffer.ToArray();
        }
        try
        {
            string done;
            switch (action)
            {
                case "participants":
                    var enrolled = await rounds.EnrolAsync(round, file?.FileName ?? "", await Bytes(), ct);
                    done = page.T($"Đã đăng ký {enrolled} phòng thí nghiệm.", $"{enrolled} laboratories enrolled.");
                    break;
                case "results":
                    var s = await rounds.ImportResultsAsync(round, file?.FileName ?? "", await Bytes(), ct);
                    done = page.T($"Đã nhập {s.Results} kết quả ({s.Numeric} số, {s.Censored} dạng '<').", $"{s.Results} results imported ({s.Numeric} numeric, {s.Censored} '<').");
                    break;
                case "compute":
                    await rounds.ComputeAsync(round, ct);
                    done = page.T("Đã tính điểm.", "Scores computed.");
                    break;
                default:
                    await rounds.PublishAsync(round, ct);
                    done = page.T("Đã công bố; vòng không thể thay đổi nữa.", "Published; the round cannot change any more.");
                    break;
            }
            return await RenderRoundsAsync(page, store, $"""<p class="msg" role="status">{ConsolePage.E(round)}: {ConsolePage.E(done)}</p>""", 200, ct);
        }
        catch (Exception e) when (e is PtSetupException or TableInputException)
        {
            var problem = e is TableInputException t ? t.Message.Split(" / ", 2) : [((PtSetupException)e).Problem.Vi, ((PtSetupException)e).Problem.En];
            var text = page.English ? problem[^1] : problem[0];
            var status = e is PtSetupException { Problem.Code: "PT_UNKNOWN_ROUND" } ? 404 : 400;
            return await RenderRoundsAsync(page, store, $"""<p class="msg err" role="alert">{ConsolePage.E(round)}: {ConsolePage.E(text)} {page.T("Không có gì được lưu.", "Nothing was stored.")}</p>""", status, ct);
        }
    }

    static async Task<IResult> RenderRoundsAsync(ConsolePage page, IProficiencyStore store, string? message, int status, CancellationToken ct)
    {
        var antiforgery = page.AntiforgeryField();
        page.Add(message ?? "").Add($"""
            <p>{page.T("Tạo chương trình và vòng qua API (POST /api/v1/pt/schemes, /api/v1/pt/rounds) hoặc lệnh quantrac pt.",
                "Create schemes and rounds with the API (POST /api/v1/pt/schemes, /api/v1/pt/rounds) or the quantrac pt command.")}</p>
            <table><thead><tr><th scope="col">{page.T("Vòng", "Round")}</th><th scope="col">{page.T("Chương trình", "Scheme")}</th>
            <th scope="col">{page.T("Trạng thái", "Status")}</th><th scope="col">{page.T("Báo cáo", "Report")}</th><th scope="col">{page.T("Thao tác", "Actions")}</th></tr></thead><tbody>
            """);
        foreach (var r in await store.GetRoundsAsync(null, ct))
        {
            var code = Uri.EscapeDataString(r.Code);
            var reports = r.Status == PtRoundStatus.Open ? "" : string.Join(" · ", new[] { "html", "xlsx", "csv" }.Select(f =>
                $"""<a href="/api/v1/pt/rounds/{code}/report?format={f}">{f.ToUpperInvariant()}</a>"""));
            var actions = r.Status == PtRoundStatus.Published ? "" : $"""
                <form method="post" action="/console/pt/rounds/{code}/participants" enctype="multipart/form-data">{antiforgery}
                <label>{page.T("Phòng thí nghiệm (lab, participant)", "Laboratories (lab, participant)")} <input type="file" name="file" accept=".csv,.xlsx" required></label><button>{page.T("Đăng ký", "Enrol")}</button></form>
                <form method="post" action="/console/pt/rounds/{code}/results" enctype="multipart/form-data">{antiforgery}
                <label>{page.T("Kết quả (CSV hoặc XLSX)", "Results (CSV or XLSX)")} <input type="file" name="file" accept=".csv,.xlsx" required></label><button>{page.T("Nhập", "Import")}</button></form>
                <form method="post" action="/console/pt/rounds/{code}/compute" class="inline">{antiforgery}<button>{page.T("Tính điểm", "Compute")}</button></form>
                {(r.Status == PtRoundStatus.Computed ? $"""<form method="post" action="/console/pt/rounds/{code}/publish" class="inline">{antiforgery}<button>{page.T("Công bố", "Publish")}</button></form>""" : "")}
                """;
            page.Add($"""
                <tr><td>{ConsolePage.E(r.Code)}<br>{ConsolePage.E(r.Title)}</td><td>{ConsolePage.E(r.Scheme)}</td><td>{Status(page, r)}</td><td>{reports}</td><td>{actions}</td></tr>
                """);
        }
        page.Add("</tbody></table>");
        return page.Result(page.T("Thử nghiệm thành thạo", "Proficiency testing"), status);
    }

    static string Status(ConsolePage page, PtRound r) => r.Status switch
    {
        PtRoundStatus.Open => page.T("đang mở", "open"),
        PtRoundStatus.Computed => page.T("đã tính điểm", "computed"),
        _ => page.T("đã công bố ", "published ") + ConsolePage.E(VietnamTime.FormatIso(r.PublishedAt!.Value)),
    };

    /// <summary>A laboratory's page: its published rounds with its own report, and its history.</summary>
    public static async Task<IResult> LabAsync(HttpContext context, ClaimsPrincipal user, IProficiencyStore store, CancellationToken ct)
    {
        var page = new ConsolePage(context);
        var lab = PtHttp.Lab(user);
        page.Add($"""
            <p>{page.T("Phòng thí nghiệm", "Laboratory")} <strong>{ConsolePage.E(lab)}</strong> ·
            <a href="/api/v1/pt/lab/history?format=html">{page.T("Lịch sử kết quả", "Performance history")}</a> (<a href="/api/v1/pt/lab/history?format=csv">CSV</a>)</p>
            <table><thead><tr><th scope="col">{page.T("Vòng", "Round")}</th><th scope="col">{page.T("Mã của bạn", "Your code")}</th>
            <th scope="col">{page.T("Công bố", "Published")}</th><th scope="col">{page.T("Báo cáo của bạn", "Your report")}</th></tr></thead><tbody>
            """);
        foreach (var entry in await store.GetParticipationsAsync(lab, ct))
            if (await store.GetRoundAsync(entry.Round, ct) is { Status: PtRoundStatus.Published } r)
            {
                var report = $"/api/v1/pt/lab/rounds/{Uri.EscapeDataString(r.Code)}/report";
                page.Add($"""
                    <tr><td>{ConsolePage.E(r.Code)} — {ConsolePage.E(r.Title)}</td><td>{ConsolePage.E(entry.Code)}</td><td>{ConsolePage.E(VietnamTime.FormatIso(r.PublishedAt!.Value))}</td>
                    <td><a href="{report}">HTML</a> · <a href="{report}?format=csv">CSV</a></td></tr>
                    """);
            }
        page.Add("</tbody></table>");
        return page.Result(page.T("Thử nghiệm thành thạo của tôi", "My proficiency testing"));
    }
}
