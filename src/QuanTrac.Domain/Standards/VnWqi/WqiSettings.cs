namespace QuanTrac.Domain.Standards.VnWqi;

/// <summary>Final aggregation of VN_WQI (water-quality-index.md §7). To verify against the official PDF.</summary>
public enum WqiFinalFormula
{
    /// <summary>Formula 3, the default: I/100 × II/100 × III/100 × √(IV × V).</summary>
    SquareRoot,
    /// <summary>Formula 5, "weighted": I/100 × II/100 × III/100 × ∛(IV² × V).</summary>
    WeightedCubeRoot,
}

/// <summary>How the Cd, Pb and Hg rows, whose first value is repeated, are read (§5.1).</summary>
public enum WqiMetalReading
{
    /// <summary>Reading A (default): below the repeated value → 100, from it on 75 → 50 → 25 → 10.</summary>
    A,
    /// <summary>Reading B: the listed values shifted left, 100 → 75 → 50 → 25, above the last → 10.</summary>
    B,
}

/// <summary>Which samples carry enough data for an index (§1.1).</summary>
public enum WqiMinimumDataRule
{
    /// <summary>Default: at least 3 of the 5 groups, group IV mandatory with at least 3 parameters.</summary>
    Standard,
    /// <summary>Unconfirmed option for automatic stations: at least 2 groups including group IV.</summary>
    AutomaticStation,
}

/// <summary>The configurable points of VN_WQI (§9); the defaults follow the majority of implementations.</summary>
public sealed record WqiSettings
{
    /// <summary>Final formula; default <see cref="WqiFinalFormula.SquareRoot"/>.</summary>
    public WqiFinalFormula FinalFormula { get; init; } = WqiFinalFormula.SquareRoot;

    /// <summary>Reading of the Cd, Pb and Hg rows; default <see cref="WqiMetalReading.A"/>. N-NH4 is read A in every source (§6), whatever this says.</summary>
    public WqiMetalReading MetalReading { get; init; } = WqiMetalReading.A;

    /// <summary>
    /// Parameters whose repeated first value itself scores 100 under reading A (<c>C ≤ BP → 100</c>); for the
    /// others <c>C &lt; BP → 100</c>. Default: Hg only (Cd, Pb, N-NH4 exclusive), as in the implementations.
    /// </summary>
    public IReadOnlySet<WqiParameter> RepeatedBreakpointInclusive { get; init; } = new HashSet<WqiParameter> { WqiParameter.Hg };

    /// <summary>Minimum-data rule; default <see cref="WqiMinimumDataRule.Standard"/>.</summary>
    public WqiMinimumDataRule MinimumDataRule { get; init; } = WqiMinimumDataRule.Standard;

    /// <summary>The defaults of water-quality-index.md §9.</summary>
    public static WqiSettings Default { get; } = new();
}
