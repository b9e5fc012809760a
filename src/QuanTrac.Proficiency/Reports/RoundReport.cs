using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Proficiency.Reports;

/// <summary>
/// What a round report prints. <see cref="Participant"/> set: a participant's report — <see cref="Results"/> and
/// <see cref="Scores"/> hold only that participant's rows and <see cref="Distribution"/> the numeric results of all
/// participants per measurand without their codes (for the anonymised chart).
/// </summary>
/// <param name="Scheme">The scheme.</param>
/// <param name="Round">The round.</param>
/// <param name="Measurands">Measurands with their computation.</param>
/// <param name="Results">Results shown.</param>
/// <param name="Scores">Scores shown.</param>
/// <param name="Participant">The participant the report is for; null for the full round report.</param>
public sealed record RoundReport(PtScheme Scheme, PtRound Round, IReadOnlyList<PtMeasurand> Measurands, IReadOnlyList<PtResult> Results,
    IReadOnlyList<PtScore> Scores, string? Participant)
{
    /// <summary>Numeric results of every participant per measurand, sorted, without codes.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> Distribution { get; init; } = Distribute(Results);

    static Dictionary<string, IReadOnlyList<double>> Distribute(IReadOnlyList<PtResult> results) =>
        results.Where(r => r.Value is not null).GroupBy(r => r.Measurand, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<double>)[.. g.Select(r => r.Value!.Value).Order()], StringComparer.Ordinal);

    /// <summary>The report of one participant: its own rows only, the distribution of all results kept anonymous.</summary>
    public RoundReport For(string participant) => this with
    {
        Results = [.. Results.Where(r => r.Participant == participant)],
        Scores = [.. Scores.Where(s => s.Participant == participant)],
        Participant = participant,
    };

    /// <summary>The score of a participant for a measurand, or null (censored or not computed).</summary>
    public PtScore? ScoreOf(string measurand, string participant) =>
        Scores.FirstOrDefault(s => s.Measurand == measurand && s.Participant == participant);
}

/// <summary>One line of a laboratory's performance history.</summary>
/// <param name="Lab">The laboratory.</param>
/// <param name="Scheme">Scheme code.</param>
/// <param name="Round">Round code.</param>
/// <param name="Title">Round title.</param>
/// <param name="PublishedAt">Publication time of the round.</param>
/// <param name="Participant">The lab's anonymous code in that round.</param>
/// <param name="Measurand">The measurand with its computation.</param>
/// <param name="Result">The lab's result.</param>
/// <param name="Score">Its scores; null for a censored result.</param>
public sealed record LabHistoryRow(string Lab, string Scheme, string Round, string Title, DateTimeOffset PublishedAt, string Participant,
    PtMeasurand Measurand, PtResult Result, PtScore? Score);
