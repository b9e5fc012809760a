namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

/// <summary>Classification settings of a scheme (proficiency-testing.md §8.7, §11.1); defaults in brackets.</summary>
public sealed record ScoreSettings
{
    /// <summary>The project defaults.</summary>
    public static readonly ScoreSettings Default = new();

    /// <summary>|z| above this is questionable [2.0].</summary>
    public double WarningLimit { get; init; } = 2.0;

    /// <summary>|z| at or above this is unsatisfactory [3.0]. Equal to <see cref="WarningLimit"/> gives ISO's two-band rule.</summary>
    public double ActionLimit { get; init; } = 3.0;

    /// <summary>E_n limit [1.0].</summary>
    public double EnLimit { get; init; } = 1.0;

    /// <summary>
    /// True [default]: |E_n| = 1 is satisfactory (ISO/IEC 17043:2010 Annex B wording); false: |E_n| ≥ 1 is an action
    /// signal (ISO 13528:2022 9.7.2 as publicly described). State the choice in the scheme protocol.
    /// </summary>
    public bool EnSatisfactoryInclusive { get; init; } = true;

    /// <summary>
    /// Boundary guard: decimals the score is rounded to before it is compared with a limit [10], so that
    /// (2.2 − 2.0)/0.1 = 2.0000000000000018 classifies as the exact 2 it is in decimal.
    /// </summary>
    public int GuardDecimals { get; init; } = 10;

    /// <summary>Scheme option: round scores to this many decimals (e.g. 2) before classifying; null [default] = unrounded.</summary>
    public int? ReportDecimals { get; init; }

    /// <summary>Negligibility ratio: u(x_pt) &lt; ratio·σ_pt (strict) [0.3].</summary>
    public double NegligibleRatio { get; init; } = 0.3;
}
