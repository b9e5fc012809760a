namespace QuanTrac.Storage.Proficiency;

/// <summary>A proficiency-testing scheme (a programme of rounds, e.g. "water chemistry 2026").</summary>
/// <param name="Code">Unique code, e.g. <c>WAT-2026</c>.</param>
/// <param name="NameVi">Name in Vietnamese.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="MinParticipantsForConsensus">
/// Fewest numeric results with which a consensus (Algorithm A) assigned value or σ_pt may be computed
/// (proficiency-testing.md §3.4: below it ISO 13528 treats small numbers of participants separately); ≥ 2.
/// </param>
/// <param name="CreatedAt">When it was created (UTC in storage).</param>
public sealed record PtScheme(string Code, string NameVi, string NameEn, int MinParticipantsForConsensus, DateTimeOffset CreatedAt);

/// <summary>Life of a round: results come in while open, scores exist once computed, a published round is frozen.</summary>
public enum PtRoundStatus
{
    /// <summary>Participants and results may change; no scores.</summary>
    Open,

    /// <summary>Scores computed from the current results; results may still be replaced (back to open).</summary>
    Computed,

    /// <summary>Reports issued: nothing of the round may change any more.</summary>
    Published,
}

/// <summary>A round of a scheme.</summary>
/// <param name="Code">Unique code, e.g. <c>WAT-2026-R1</c>.</param>
/// <param name="Scheme">Code of its scheme.</param>
/// <param name="Title">Title as printed on reports.</param>
/// <param name="Status">Open, computed or published.</param>
/// <param name="CreatedAt">Creation time.</param>
/// <param name="ComputedAt">Time of the last computation, null while open.</param>
/// <param name="PublishedAt">Publication time, null until published.</param>
public sealed record PtRound(string Code, string Scheme, string Title, PtRoundStatus Status, DateTimeOffset CreatedAt,
    DateTimeOffset? ComputedAt = null, DateTimeOffset? PublishedAt = null);

/// <summary>Where the assigned value x_pt comes from (proficiency-testing.md §6.1).</summary>
public enum PtAssignedMethod
{
    /// <summary>Consensus of the participants: x* of Algorithm A, u(x_pt) = 1.25·s*/√p.</summary>
    Consensus,

    /// <summary>A reference, formulation or CRM value with its standard uncertainty.</summary>
    Reference,
}

/// <summary>Where σ_pt comes from (proficiency-testing.md §7).</summary>
public enum PtSigmaMethod
{
    /// <summary>A prescribed value in the unit of the measurand.</summary>
    Fixed,

    /// <summary>A percentage of x_pt (fitness for purpose, e.g. 10 %).</summary>
    Percent,

    /// <summary>Horwitz function with Thompson's modification, from x_pt as a mass fraction.</summary>
    Horwitz,

    /// <summary>The participants' robust SD s* (Algorithm A) — available, not recommended for routine scoring.</summary>
    Robust,
}

/// <summary>How a measurand is scored, fixed when the round is set up.</summary>
/// <param name="Assigned">Source of x_pt.</param>
/// <param name="ReferenceValue">x_pt for <see cref="PtAssignedMethod.Reference"/>, unit of the measurand.</param>
/// <param name="ReferenceUncertainty">Standard uncertainty u(x_pt) of the reference value, ≥ 0.</param>
/// <param name="Sigma">Source of σ_pt.</param>
/// <param name="SigmaValue">σ_pt for <see cref="PtSigmaMethod.Fixed"/> (unit of the measurand), or the percentage for <see cref="PtSigmaMethod.Percent"/> (10 = 10 %).</param>
/// <param name="AllowedDeviation">δ_E, the maximum permissible error for the D class (−δ_E &lt; D &lt; δ_E); null: D not classified.</param>
/// <param name="MassFractionPerUnit">For Horwitz: one unit of the measurand as a mass fraction (mg/kg or mg/L of water = 1e-6).</param>
public sealed record PtMethod(PtAssignedMethod Assigned, double? ReferenceValue, double? ReferenceUncertainty, PtSigmaMethod Sigma,
    double? SigmaValue, double? AllowedDeviation = null, double? MassFractionPerUnit = null);

/// <summary>What the computation decided for a measurand (all unrounded).</summary>
/// <param name="Assigned">x_pt.</param>
/// <param name="UncertaintyAssigned">u(x_pt), standard uncertainty.</param>
/// <param name="SigmaPt">σ_pt &gt; 0.</param>
/// <param name="P">Numeric results used by the statistics.</param>
/// <param name="RobustMean">x* of Algorithm A over the numeric results (null with fewer than 2).</param>
/// <param name="RobustSd">s* of Algorithm A (null with fewer than 2).</param>
/// <param name="Negligible">u(x_pt) &lt; 0.3σ_pt: z is reported; otherwise z′.</param>
public sealed record PtAssignment(double Assigned, double UncertaintyAssigned, double SigmaPt, int P, double? RobustMean, double? RobustSd, bool Negligible);

/// <summary>One measurand of a round: matrix, parameter and unit, how it is scored, and what was computed.</summary>
/// <param name="Round">Round code.</param>
/// <param name="Code">Measurand code within the round, e.g. <c>COD</c>.</param>
/// <param name="Matrix">Sample matrix, e.g. <c>wastewater</c>.</param>
/// <param name="Parameter">Parameter, e.g. <c>COD</c>.</param>
/// <param name="Unit">Unit of results, x_pt and σ_pt, e.g. <c>mg/L</c>.</param>
/// <param name="Method">Scoring set-up.</param>
/// <param name="Assignment">Result of the last computation; null while the round is open.</param>
public sealed record PtMeasurand(string Round, string Code, string Matrix, string Parameter, string Unit, PtMethod Method, PtAssignment? Assignment = null);

/// <summary>A laboratory taking part in a round under an anonymous code.</summary>
/// <param name="Round">Round code.</param>
/// <param name="Code">Anonymous participant code printed on reports, e.g. <c>P07</c>.</param>
/// <param name="Lab">The laboratory's permanent identity (the account claim <c>quantrac:lab</c>); never printed on other labs' reports.</param>
public sealed record PtParticipant(string Round, string Code, string Lab);

/// <summary>A participant's result for one measurand, as reported.</summary>
/// <param name="Round">Round code.</param>
/// <param name="Measurand">Measurand code.</param>
/// <param name="Participant">Participant code.</param>
/// <param name="Row">Row of the imported file it came from (for messages and audit).</param>
/// <param name="Value">Numeric result; null for a censored result.</param>
/// <param name="Censored">A "less than" result as reported (e.g. <c>&lt;0.05</c>): kept as such, never turned into a number or scored.</param>
/// <param name="StandardUncertainty">u(x) (given, or U/k).</param>
/// <param name="ExpandedUncertainty">U(x) as reported.</param>
/// <param name="CoverageFactor">The participant's k.</param>
/// <param name="AnalyticalMethod">The participant's method, free text.</param>
public sealed record PtResult(string Round, string Measurand, string Participant, int Row, double? Value, string? Censored,
    double? StandardUncertainty, double? ExpandedUncertainty, double? CoverageFactor, string? AnalyticalMethod);

/// <summary>Stored scores of one participant for one measurand; null where not computable. Classes are <c>satisfactory|questionable|unsatisfactory</c>.</summary>
/// <param name="Round">Round code.</param>
/// <param name="Measurand">Measurand code.</param>
/// <param name="Participant">Participant code.</param>
/// <param name="D">D = x − x_pt.</param>
/// <param name="DPercent">D% = 100·D/x_pt (null when x_pt = 0).</param>
/// <param name="Z">z score.</param>
/// <param name="ZPrime">z′ score.</param>
/// <param name="Zeta">ζ score.</param>
/// <param name="En">E_n number.</param>
/// <param name="Class">Class of the reported score (z, or z′ when u(x_pt) is not negligible).</param>
/// <param name="ClassifiedOn"><c>z</c> or <c>z'</c>.</param>
/// <param name="ZetaClass">Class of ζ.</param>
/// <param name="EnClass">Class of E_n.</param>
/// <param name="DClass">Class of D against δ_E (null without δ_E).</param>
public sealed record PtScore(string Round, string Measurand, string Participant, double D, double? DPercent, double Z, double ZPrime,
    double? Zeta, double? En, string Class, string ClassifiedOn, string? ZetaClass, string? EnClass, string? DClass);

/// <summary>A change to a round that its status forbids (a published round is frozen).</summary>
public sealed class PtRoundStateException(string message) : InvalidOperationException(message);
