using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Domain.Quality;

/// <summary>Everything a flag records (quality-control.md §2.2), for storage, exports and reviewers.</summary>
/// <param name="Index">Position of the value in the evaluated series.</param>
/// <param name="RuleId">Stable rule id, e.g. <c>range</c>.</param>
/// <param name="RuleVersion">Version of the rule on this series (<see cref="QcSeriesRules.Version"/>).</param>
/// <param name="RuleSetVersion">Content hash of the whole rule set.</param>
/// <param name="Code">Flag name, e.g. <c>ABOVE_RANGE</c>.</param>
/// <param name="Severity">Effect on use.</param>
/// <param name="Parameters">The rule's effective parameters, canonical text.</param>
/// <param name="Reason">Why, in Vietnamese and English, with the numbers involved.</param>
/// <param name="EvaluatedAt">When the QC run happened.</param>
public sealed record QcFlagExplanation(
    int Index,
    string RuleId,
    string RuleVersion,
    string RuleSetVersion,
    string Code,
    QcSeverity Severity,
    string Parameters,
    BilingualMessage Reason,
    DateTimeOffset EvaluatedAt);
