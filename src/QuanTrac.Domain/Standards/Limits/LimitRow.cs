namespace QuanTrac.Domain.Standards.Limits;

/// <summary>How a limit bounds a value. Bounds are inclusive: a value equal to the limit complies.</summary>
public enum BoundKind
{
    /// <summary>At most <see cref="LimitRow.Upper"/>: exceeded when the value is greater.</summary>
    Maximum,
    /// <summary>At least <see cref="LimitRow.Lower"/> (DO): exceeded when the value is smaller.</summary>
    Minimum,
    /// <summary>Within <see cref="LimitRow.Lower"/>–<see cref="LimitRow.Upper"/> (pH): exceeded outside.</summary>
    Range,
}

/// <summary>How sure the transcription of a value is (README.md marks [H], [M], [L]).</summary>
public enum Confidence
{
    /// <summary>[H]: from the official text or several independent sources.</summary>
    High,
    /// <summary>[M]: one good secondary source.</summary>
    Medium,
    /// <summary>[L]: fragmentary or disputed; to verify before enforcement.</summary>
    Low,
}

/// <summary>
/// One limit value of a regulation, valid over a half-open date range [<see cref="EffectiveFrom"/>,
/// <see cref="EffectiveTo"/>) on the observation date (Vietnam time). A value that changes on a date is two rows.
/// </summary>
/// <param name="Parameter">Canonical parameter code of the catalogue (<c>PM2.5</c>, <c>BOD5</c>, <c>PM</c> …).</param>
/// <param name="Column">Column, level or zone (<c>A</c>, <c>B</c>, <c>A1</c> …); empty when the row applies to every column.</param>
/// <param name="Period">Averaging period the limit is stated for.</param>
/// <param name="Kind">Maximum, minimum or range.</param>
/// <param name="Lower">Lower bound (minimum and range), in <paramref name="Unit"/>; null for a maximum.</param>
/// <param name="Upper">Upper bound (maximum and range), in <paramref name="Unit"/>; null for a minimum.</param>
/// <param name="Unit">Canonical unit of the bounds (see <c>Units</c>); empty for pH.</param>
/// <param name="EffectiveFrom">First date the row applies, inclusive.</param>
/// <param name="EffectiveTo">First date the row no longer applies, exclusive; null when open-ended.</param>
/// <param name="Confidence">Transcription confidence.</param>
/// <param name="Verified">False when the value must still be checked against the official text (marked "?" or [L], or a draft).</param>
/// <param name="Note">Source or remark, e.g. "Table 1", "45 from 2026-01-01".</param>
public sealed record LimitRow(
    string Parameter, string Column, AveragingPeriod Period, BoundKind Kind, decimal? Lower, decimal? Upper, string Unit,
    DateOnly EffectiveFrom, DateOnly? EffectiveTo, Confidence Confidence, bool Verified, string Note)
{
    /// <summary>True when the row is exempt from the regulation's multipliers (QCVN 40:2011: temperature, colour, pH, coliform, gross α/β).</summary>
    public bool MultiplierExempt { get; init; }

    /// <summary>Source category or flow band (QCVN 19:2024, QCVN 40:2025); null when the regulation has none.</summary>
    public string? Category { get; init; }

    /// <summary>Reference O2 in % to which measured stack concentrations are corrected before comparison; null when none.</summary>
    public decimal? ReferenceOxygen { get; init; }

    /// <summary>True when the row applies on <paramref name="date"/>.</summary>
    public bool AppliesOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date < EffectiveTo);
}
