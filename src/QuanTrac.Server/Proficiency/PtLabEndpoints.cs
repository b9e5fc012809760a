using System.Security.Claims;
using QuanTrac.Domain.Time;
using QuanTrac.Proficiency.Reports;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Server.Proficiency;

/// <summary>
/// A laboratory account's side: the published rounds it took part in, its own participant report, its history. The
/// laboratory is the account's <c>quantrac:lab</c> claim; a round it did not take part in, an unknown round and an
/// unpublished round all get the same 404, so a laboratory learns nothing about other laboratories or drafts.
/// </summary>
static class PtLabEndpoints
{
    public static async Task<IResult> RoundsAsync(ClaimsPrincipal user, IProficiencyStore store, CancellationToken ct)
    {
        var rounds = new List<object>();
        foreach (var entry in await store.GetParticipationsAsync(PtHttp.Lab(user), ct))
            if (await store.GetRoundAsync(entry.Round, ct) is { Status: PtRoundStatus.Published } r)
                rounds.Add(new
                {
                    code = r.Code, scheme = r.Scheme, title = r.Title, publishedAt = VietnamTime.FormatIso(r.PublishedAt!.Value), participant = entry.Code,
                    report = $"/api/v1/pt/lab/rounds/{Uri.EscapeDataString(r.Code)}/report",
                });
        return Results.Ok(rounds);
    }

    /// <summary>The laboratory's own participant report (html or csv) of a published round.</summary>
    public static Task<IResult> ReportAsync(string round, string? format, ClaimsPrincipal user, IProficiencyStore store, PtRounds rounds, CancellationToken ct) =>
        PtHttp.RunAsync(async () =>
        {
            var lab = PtHttp.Lab(user);
            var published = MeasurandSetup.Code(round) && await store.GetRoundAsync(round, ct) is { Status: PtRoundStatus.Published };
            if (!published || await rounds.ParticipantOfLabAsync(round, lab, ct) is not { } participant)
                return PtHttp.Problem(404, new("PT_NO_REPORT", $"Phòng thí nghiệm '{lab}' không có báo cáo đã công bố của vòng '{round}'.",
                    $"The laboratory '{lab}' has no published report of the round '{round}'."));
            if (format is not (null or "html" or "csv"))
                return PtHttp.Problem(400, new("PT_FORMAT", "Định dạng phải là html hoặc csv.", "The format must be html or csv."));
            return PtHttp.Report(await rounds.ParticipantReportAsync(round, participant, ct), format, $"{round}-{participant}");
        });

    /// <summary>The laboratory's scores across published rounds: json (default), csv or html.</summary>
    public static async Task<IResult> HistoryAsync(string? format, ClaimsPrincipal user, PtRounds rounds, CancellationToken ct)
    {
        var lab = PtHttp.Lab(user);
        var rows = await rounds.HistoryAsync(lab, ct);
        return (format ?? "json") switch
        {
            "json" => Results.Ok(rows.Select(r => new
            {
                scheme = r.Scheme, round = r.Round, title = r.Title, publishedAt = VietnamTime.FormatIso(r.PublishedAt), participant = r.Participant,
                measurand = r.Measurand.Code, unit = r.Measurand.Unit, value = r.Result.Value, censored = r.Result.Censored,
                assigned = r.Measurand.Assignment?.Assigned, sigmaPt = r.Measurand.Assignment?.SigmaPt,
                z = r.Score?.Z, zPrime = r.Score?.ZPrime, zeta = r.Score?.Zeta, En = r.Score?.En, @class = r.Score?.Class, classifiedOn = r.Score?.ClassifiedOn,
            })),
            "csv" => Results.File(System.Text.Encoding.UTF8.GetBytes(CsvReport.History(rows)), "text/csv; charset=utf-8", $"history-{lab}.csv"),
            "html" => Results.Content(HtmlReport.History(lab, rows), "text/html; charset=utf-8", System.Text.Encoding.UTF8),
            _ => PtHttp.Problem(400, new("PT_FORMAT", "Định dạng phải là json, csv hoặc html.", "The format must be json, csv or html.")),
        };
    }
}
