using QuanTrac.Domain.Time;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Server.Proficiency;

/// <summary>
/// The coordinator's side of a round: scheme, round with measurands, participants (laboratory → anonymous code),
/// results (CSV or XLSX, checked whole before anything is stored), compute, publish, the round report. Every change
/// made with the console cookie needs the antiforgery token (<see cref="PtHttp.AntiforgeryAsync"/>).
/// </summary>
static class PtCoordinatorEndpoints
{
    public static Task<IResult> CreateSchemeAsync(HttpContext context, PtRounds rounds, CancellationToken ct) => PtHttp.RunAsync(async () =>
    {
        if (await PtHttp.AntiforgeryAsync(context) is { } refused)
            return refused;
        var body = await JsonBody.ReadAsync<CreateSchemeRequest>(context.Request, ct);
        var scheme = await rounds.CreateSchemeAsync(body.Code ?? "", body.NameVi ?? "", body.NameEn ?? "", body.MinConsensus ?? 12, ct);
        return Results.Created($"/api/v1/pt/rounds?scheme={Uri.EscapeDataString(scheme.Code)}", new
        {
            code = scheme.Code, nameVi = scheme.NameVi, nameEn = scheme.NameEn, minConsensus = scheme.MinParticipantsForConsensus,
            createdAt = VietnamTime.FormatIso(scheme.CreatedAt),
        });
    });

    public static Task<IResult> CreateRoundAsync(HttpContext context, PtRounds rounds, CancellationToken ct) => PtHttp.RunAsync(async () =>
    {
        if (await PtHttp.AntiforgeryAsync(context) is { } refused)
            return refused;
        var body = await JsonBody.ReadAsync<CreateRoundRequest>(context.Request, ct);
        var code = body.Code ?? "";
        var round = await rounds.CreateRoundAsync(code, body.Scheme ?? "", body.Title ?? "",
            [.. (body.Measurands ?? []).Select(m => m.ToMeasurand(code))], ct);
        return Results.Created($"/api/v1/pt/rounds/{Uri.EscapeDataString(round.Code)}", Round(round));
    });

    public static async Task<IResult> ListRoundsAsync(IProficiencyStore store, string? scheme, CancellationToken ct) =>
        Results.Ok((await store.GetRoundsAsync(scheme, ct)).Select(Round));

    public static Task<IResult> ShowRoundAsync(string round, IProficiencyStore store, CancellationToken ct) => PtHttp.RunAsync(async () =>
    {
        if (!MeasurandSetup.Code(round) || await store.GetRoundAsync(round, ct) is not { } r)
            return UnknownRound(round);
        var participants = await store.GetParticipantsAsync(round, ct);
        var results = await store.GetResultsAsync(round, ct);
        return Results.Ok(new
        {
            round = Round(r),
            measurands = (await store.GetMeasurandsAsync(round, ct)).Select(m => new
            {
                code = m.Code, matrix = m.Matrix, parameter = m.Parameter, unit = m.Unit,
                assigned = m.Method.Assigned.ToString().ToLowerInvariant(), sigma = m.Method.Sigma.ToString().ToLowerInvariant(),
                assignment = m.Assignment,
            }),
            participants = participants.Select(p => new { code = p.Code, lab = p.Lab }),
            results = results.Count,
        });
    });

    public static Task<IResult> EnrolAsync(HttpContext context, string round, PtRounds rounds, CancellationToken ct) => PtHttp.RunAsync(async () =>
    {
        if (await PtHttp.AntiforgeryAsync(context) is { } refused)
            return refused;
        var (name, bytes, problem) = await PtHttp.FileAsync(context.Request, ct);
        return problem ?? Results.Ok(new { round, enrolled = await rounds.EnrolAsync(round, name, bytes, ct) });
    });

    public static Task<IResult> ImportResultsAsync(HttpContext context, string round, PtRounds rounds, CancellationToken ct) => PtHttp.RunAsync(async () =>
    {
        if (await PtHttp.AntiforgeryAsync(context) is { } refused)
            return refused;
        var (name, bytes, problem) = await PtHttp.FileAsync(context.Request, ct);
        if (problem is not null)
            return problem;
        var summary = await rounds.ImportResultsAsync(round, name, bytes, ct);
        return Results.Ok(new { round = summary.Round, results = summary.Results, numeric = summary.Numeric, censored = summary.Censored });
    });

    public static Task<IResult> ComputeAsync(HttpContext context, string round, PtRounds rounds, CancellationToken ct) => PtHttp.RunAsync(async () =>
    {
        if (await PtHttp.AntiforgeryAsync(context) is { } refused)
            return refused;
        var measurands = await rounds.ComputeAsync(round, ct);
        return Results.Ok(new { round, measurands = measurands.Select(m => new { code = m.Code, unit = m.Unit, assignment = m.Assignment }) });
    });

    public static Task<IResult> PublishAsync(HttpContext context, string round, PtRounds rounds, CancellationToken ct) => PtHttp.RunAsync(async () =>
    {
        if (await PtHttp.AntiforgeryAsync(context) is { } refused)
            return refused;
        return Results.Ok(Round(await rounds.PublishAsync(round, ct)));
    });

    /// <summary>The round report (every participant), or with <c>participant</c> one participant's report as the lab would get it.</summary>
    public static Task<IResult> ReportAsync(string round, string? format, string? participant, PtRounds rounds, CancellationToken ct) => PtHttp.RunAsync(async () =>
    {
        if (!MeasurandSetup.Code(round))
            return UnknownRound(round);
        var report = participant is null ? await rounds.RoundReportAsync(round, ct) : await rounds.ParticipantReportAsync(round, participant, ct);
        return PtHttp.Report(report, format, participant is null ? round : $"{round}-{participant}");
    });

    public static object Round(PtRound r) => new
    {
        code = r.Code, scheme = r.Scheme, title = r.Title, status = r.Status.ToString().ToLowerInvariant(),
        createdAt = VietnamTime.FormatIso(r.CreatedAt),
        computedAt = r.ComputedAt is { } c ? VietnamTime.FormatIso(c) : null,
        publishedAt = r.PublishedAt is { } p ? VietnamTime.FormatIso(p) : null,
    };

    public static IResult UnknownRound(string round) =>
        PtHttp.Problem(404, new("PT_UNKNOWN_ROUND", $"Không có vòng '{round}'.", $"There is no round '{round}'."));
}
