namespace QuanTrac.Domain.Statistics.ReferenceChecks;

/// <summary>Parameters of the reference-material programme for wastewater stations (quality-control.md §5).</summary>
public enum ReferenceParameter
{
    /// <summary>pH, in pH units (0–14).</summary>
    PH,

    /// <summary>Ammonium NH4+, mg/L (≥ 0).</summary>
    NH4,
}

/// <summary>How an acceptance limit is expressed.</summary>
public enum ReferenceLimitKind
{
    /// <summary>An absolute allowed error in the parameter's unit (pH ±0.2 units).</summary>
    Absolute,

    /// <summary>A percentage of the certified value (NH4+ ±5 %).</summary>
    PercentOfCertified,

    /// <summary>A percentage of the analyser's full scale (NH4+ ±5 % FS option); needs <see cref="ReferenceLimit.FullScale"/>.</summary>
    PercentOfFullScale,
}

/// <summary>An acceptance limit: the check passes when |mean − certified| ≤ the limit.</summary>
/// <param name="Kind">How <paramref name="Value"/> is read.</param>
/// <param name="Value">Absolute allowed error, or a percentage (5 = 5 %); ≥ 0.</param>
/// <param name="FullScale">Full scale of the analyser for <see cref="ReferenceLimitKind.PercentOfFullScale"/>, unit of the parameter.</param>
public sealed record ReferenceLimit(ReferenceLimitKind Kind, double Value, double? FullScale = null)
{
    /// <summary>The allowed error in the parameter's unit for a certified value.</summary>
    public double For(double certified) => Kind switch
    {
        ReferenceLimitKind.Absolute => Value,
        ReferenceLimitKind.PercentOfCertified => Value / 100 * Math.Abs(certified),
        _ => Value / 100 * (FullScale ?? throw new InvalidOperationException("A full-scale limit needs the analyser's full scale.")),
    };
}

/// <summary>
/// Acceptance limits per parameter (quality-control.md §5.2; <b>assumptions</b> from the TT 10/2021 analyser accuracies
/// until the official programme text is read, hence configurable). Defaults: wastewater, pH ±0.2, NH4+ ±5 % of the
/// certified value. Surface water: pH ±0.1 (<see cref="SurfaceWater"/>).
/// </summary>
public sealed record ReferenceCheckSettings
{
    /// <summary>Wastewater defaults: pH ±0.2 units, NH4+ ±5 % of the certified value.</summary>
    public static readonly ReferenceCheckSettings Default = new();

    /// <summary>Surface-water stations: pH ±0.1 units, NH4+ ±5 % of the certified value.</summary>
    public static readonly ReferenceCheckSettings SurfaceWater = new() { PH = new(ReferenceLimitKind.Absolute, 0.1) };

    /// <summary>Limit of pH checks; default ±0.2 pH units.</summary>
    public ReferenceLimit PH { get; init; } = new(ReferenceLimitKind.Absolute, 0.2);

    /// <summary>Limit of NH4+ checks; default ±5 % of the certified value.</summary>
    public ReferenceLimit NH4 { get; init; } = new(ReferenceLimitKind.PercentOfCertified, 5);

    /// <summary>Decimals of the boundary guard before |error| is compared with the limit (default 10), as for PT scores.</summary>
    public int GuardDecimals { get; init; } = 10;

    /// <summary>The limit of <paramref name="parameter"/>.</summary>
    public ReferenceLimit For(ReferenceParameter parameter) => parameter == ReferenceParameter.PH ? PH : NH4;
}
