using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Proficiency.Import;
using QuanTrac.Proficiency.Reports;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Proficiency.Rounds;

/// <summary>What an import stored.</summary>
/// <param name="Round">Round code.</param>
/// <param name="Results">Results stored (they replace the round's earlier ones).</param>
/// <param name="Numeric">Numeric results.</param>
/// <param name="Censored">"&lt;" results kept as reported.</param>
public sealed record ImportSummary(string Round, int Results, int Numeric, int Censored);

/// <summary>
/// The proficiency-testing round workflow as application services over <see cref="IProficiencyStore"/>: set up a scheme and
/// its rounds, enrol laboratories under anonymous codes, import results, compute, publish (which freezes the round),
/// and assemble what the reports print. The CLI calls it; the server's endpoints call the same methods once accounts
/// decide who may (a laboratory's account sees only <see cref="ParticipantReportAsync"/> of its own code).
/// Bad requests throw <see cref="PtSetupException"/> or <see cref="TableInputException"/>, both bilingual.
/// </summary>
/// <param name="store">The store.</param>
/// <param name="time">Clock of creation, computation and publication times.</param>
public sealed class PtRounds(IProficiencyStore store, TimeProvider time)
{
    /// <summary>Creates a scheme.</summary>
    public async Task<PtScheme> CreateSchemeAsync(string code, string nameVi, string nameEn, int minParticipantsForConsensus = 12, CancellationToken ct = default)
    {
        if (!MeasurandSetup.Code(code) || nameVi.Trim().Length == 0 || nameEn.Trim().Length == 0)
            throw new PtSetupException(new("PT_SCHEME_FIELDS", "Chương trình cần mã (chữ, số, '-', '_') và tên tiếng Việt, tiếng Anh.",
                "A scheme needs a code (letters, digits, '-', '_') and a Vietnamese and an English name."));
        if (minParticipantsForConsensus < 2)
            throw new PtSetupException(new("PT_MIN_CONSENSUS", "Số kết quả tối thiểu cho giá trị đồng thuận phải ≥ 2.", "The minimum number of results for a consensus must be ≥ 2."));
        var scheme = new PtScheme(code, nameVi.Trim(), nameEn.Trim(), minParticipantsForConsensus, time.GetUtcNow());
        await Wrap(() => store.CreateSchemeAsync(scheme, ct));
        return scheme;
    }

    /// <summary>Creates an open round with its first measurand(s).</summary>
    public async Task<PtRound> CreateRoundAsync(string code, string scheme, string title, IReadOnlyList<PtMeasurand> measurands, CancellationToken ct = default)
    {
        if (!MeasurandSetup.Code(code))
            throw new PtSetupException(new("PT_ROUND_CODE", $"Mã vòng '{code}' không hợp lệ.", $"The round code '{code}' is not valid."));
        if (measurands.Count == 0)
            throw new PtSetupException(new("PT_NO_MEASURAND", "Vòng cần ít nhất một chỉ tiêu.", "A round needs at least one measurand."));
        var checkedMeasurands = measurands.Select(m => MeasurandSetup.Validate(m with { Round = code })).ToList();
        var round = new PtRound(code, scheme, title.Trim().Length > 0 ? title.Trim() : code, PtRoundStatus.Open, time.GetUtcNow());
        await Wrap(() => store.CreateRoundAsync(round, checkedMeasurands, ct));
        return round;
    }

    /// <summary>Adds a measurand to a round that is not published.</summary>
    public Task AddMeasurandAsync(PtMeasurand measurand, CancellationToken ct = default) =>
        Wrap(() => store.AddMeasurandAsync(MeasurandSetup.Validate(measurand), ct));

    /// <summary>Enrols laboratories from an enrolment sheet (<c>lab,participant</c>, CSV or XLSX); returns how many rows it held.</summary>
    public async Task<int> EnrolAsync(string round, string fileName, byte[] bytes, CancellationToken ct = default)
    {
        await RoundAsync(round, ct);
        var participants = ParticipantImport.Read(Sheet.Read(fileName, bytes), round);
        await Wrap(() => store.AddParticipantsAsync(round, participants, ct));
        return participants.Count;
    }

    /// <summary>
    /// Imports a results sheet (CSV or XLSX, see <see cref="ResultImport"/>): every row is checked first, then the results
    /// replace the round's earlier ones in one transaction (scores are dropped, the round is open again).
    /// </summary>
    public async Task<ImportSummary> ImportResultsAsync(string round, string fileName, byte[] bytes, CancellationToken ct = default)
    {
        var r = await RoundAsync(round, ct);
        RequireNotPublished(r);
        var scheme = await SchemeAsync(r.Scheme, ct);
        var results = ResultImport.Read(Sheet.Read(fileName, bytes), scheme, round,
            await store.GetMeasurandsAsync(round, ct), await store.GetParticipantsAsync(round, ct));
        await Wrap(() => store.ReplaceResultsAsync(round, results, ct));
        return new(round, results.Count, results.Count(x => x.Value is not null), results.Count(x => x.Censored is not null));
    }

    /// <summary>Computes assigned values, σ_pt and every score, and stores them (the round becomes computed).</summary>
    public async Task<IReadOnlyList<PtMeasurand>> ComputeAsync(string round, CancellationToken ct = default)
    {
        var r = await RoundAsync(round, ct);
        RequireNotPublished(r);
        var (assignments, scores) = RoundComputation.Compute(await SchemeAsync(r.Scheme, ct), await store.GetMeasurandsAsync(round, ct),
            await store.GetResultsAsync(round, ct));
        await Wrap(() => store.SaveComputationAsync(round, assignments, scores, time.GetUtcNow(), ct));
        return await store.GetMeasurandsAsync(round, ct);
    }

    /// <summary>Publishes a computed round; from then on nothing of it changes.</summary>
    public async Task<PtRound> PublishAsync(string round, CancellationToken ct = default)
    {
        await RoundAsync(round, ct);
        await Wrap(() => store.PublishAsync(round, time.GetUtcNow(), ct));
        return (await store.GetRoundAsync(round, ct))!;
    }

    /// <summary>Everything the round report prints (every participant).</summary>
    public async Task<RoundReport> RoundReportAsync(string round, CancellationToken ct = default)
    {
        var r = await RoundAsync(round, ct);
        if (r.Status == PtRoundStatus.Open)
            throw new PtSetupException(new("PT_NOT_COMPUTED", $"Vòng '{round}' chưa được tính điểm.", $"The round '{round}' has not been computed yet."));
        return new(await SchemeAsync(r.Scheme, ct), r, await store.GetMeasurandsAsync(round, ct), await store.GetResultsAsync(round, ct),
            await store.GetScoresAsync(round, ct), null);
    }

    /// <summary>
    /// The report of one participant: its own results and scores and the round's statistics; the other results only as
    /// anonymous numbers for the distribution chart (no code of another laboratory is in it). A computed round gives a
    /// draft (marked as such); an endpoint for laboratory accounts should serve it only once the round is published.
    /// </summary>
    public async Task<RoundReport> ParticipantReportAsync(string round, string participant, CancellationToken ct = default)
    {
        var full = await RoundReportAsync(round, ct);
        if (!(await store.GetParticipantsAsync(round, ct)).Any(p => p.Code == participant))
            throw new PtSetupException(new("PT_UNKNOWN_PARTICIPANT", $"Mã '{participant}' không có trong vòng '{round}'.",
                $"The code '{participant}' is not a participant of the round '{round}'."));
        return full.For(participant);
    }

    /// <summary>The participant code of a laboratory in a round (what an account's <c>quantrac:lab</c> claim maps to), or null.</summary>
    public async Task<string?> ParticipantOfLabAsync(string round, string lab, CancellationToken ct = default) =>
        (await store.GetParticipantsAsync(round, ct)).FirstOrDefault(p => p.Lab == lab)?.Code;

    /// <summary>A laboratory's scores in every published round, oldest first.</summary>
    public async Task<IReadOnlyList<LabHistoryRow>> HistoryAsync(string lab, CancellationToken ct = default)
    {
        var rows = new List<LabHistoryRow>();
        foreach (var entry in await store.GetParticipationsAsync(lab, ct))
        {
            var round = await store.GetRoundAsync(entry.Round, ct);
            if (round is not { Status: PtRoundStatus.Published })
                continue;
            var measurands = (await store.GetMeasurandsAsync(round.Code, ct)).ToDictionary(m => m.Code, StringComparer.Ordinal);
            var results = (await store.GetResultsAsync(round.Code, ct)).Where(x => x.Participant == entry.Code).ToDictionary(x => x.Measurand, StringComparer.Ordinal);
            var scores = (await store.GetScoresAsync(round.Code, ct)).Where(s => s.Participant == entry.Code).ToDictionary(s => s.Measurand, StringComparer.Ordinal);
            foreach (var (code, result) in results)
                rows.Add(new(lab, round.Scheme, round.Code, round.Title, round.PublishedAt!.Value, entry.Code, measurands[code], result, scores.GetValueOrDefault(code)));
        }
        return [.. rows.OrderBy(x => x.PublishedAt).ThenBy(x => x.Round, StringComparer.Ordinal).ThenBy(x => x.Measurand.Code, StringComparer.Ordinal)];
    }

    async Task<PtRound> RoundAsync(string round, CancellationToken ct) =>
        await store.GetRoundAsync(round, ct) ?? throw new PtSetupException(new("PT_UNKNOWN_ROUND", $"Không có vòng '{round}'.", $"There is no round '{round}'."));

    async Task<PtScheme> SchemeAsync(string scheme, CancellationToken ct) =>
        await store.GetSchemeAsync(scheme, ct) ?? throw new PtSetupException(new("PT_UNKNOWN_SCHEME", $"Không có chương trình '{scheme}'.", $"There is no scheme '{scheme}'."));

    static void RequireNotPublished(PtRound r)
    {
        if (r.Status == PtRoundStatus.Published)
            throw new PtSetupException(new("PT_ROUND_PUBLISHED", $"Vòng '{r.Code}' đã công bố và không thể thay đổi.", $"The round '{r.Code}' is published and cannot change."));
    }

    // The store's own refusals (state, duplicates, unknown codes) carry bilingual texts already; give them one type.
    static async Task Wrap(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException)
        {
            var parts = e.Message.Split(" / ", 2);
            throw new PtSetupException(new(e is PtRoundStateException ? "PT_ROUND_STATE" : "PT_REFUSED", parts[0], parts.Length > 1 ? parts[1] : parts[0]));
        }
    }
}
