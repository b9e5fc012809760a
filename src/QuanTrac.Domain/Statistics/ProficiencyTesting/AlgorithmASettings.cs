namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

/// <summary>Constants and stopping rule of Algorithm A (proficiency-testing.md §3, §11.1); defaults are ISO's.</summary>
public sealed record AlgorithmASettings
{
    /// <summary>ISO constants, iteration to convergence (<see cref="ConvergenceMode.Strict"/>).</summary>
    public static readonly AlgorithmASettings Default = new();

    /// <summary>ISO constants with the third-significant-figure stop rule, to reproduce the standard's examples.</summary>
    public static readonly AlgorithmASettings Iso = new() { Convergence = ConvergenceMode.Iso3SigFig };

    /// <summary>R <c>metRology::algA</c> defaults: start scale 1.4826·MAD, factor γ = 1.133392655462487, its stop rule, at most 25 iterations.</summary>
    public static readonly AlgorithmASettings MetRology = new()
    {
        MadFactor = RobustStatistics.RMadFactor,
        SdFactor = HuberGamma,
        Convergence = ConvergenceMode.MetRologyCompatible,
        MaxIterations = 25,
    };

    /// <summary>Exact consistency factor of Huber's proposal 2 for k = 1.5 (spec §3.6); ISO rounds it to 1.134.</summary>
    public const double HuberGamma = 1.133392655462487;

    /// <summary>metRology's relative tolerance on s*, (2.220446049250313e-16)^0.25.</summary>
    public const double MetRologyTolerance = 1.220703125e-4;

    /// <summary>Factor of the starting scale, s* = factor · med|x_i − med x|; ISO 1.483.</summary>
    public double MadFactor { get; init; } = RobustStatistics.MadeFactor;

    /// <summary>Factor c_s of the winsorised standard deviation; ISO 1.134.</summary>
    public double SdFactor { get; init; } = 1.134;

    /// <summary>Winsorisation limit in units of s* (δ = K·s*); ISO 1.5.</summary>
    public double K { get; init; } = 1.5;

    /// <summary>Stop rule; default <see cref="ConvergenceMode.Strict"/>.</summary>
    public ConvergenceMode Convergence { get; init; } = ConvergenceMode.Strict;

    /// <summary>Iterations before giving up with <see cref="RobustEstimate.Converged"/> false; default 10 000.</summary>
    public int MaxIterations { get; init; } = 10_000;

    /// <summary>
    /// Iterate x* only, holding s* at its starting value (ISO C.3.2 variant): Huber's M-estimate of location with
    /// known scale. <see cref="FixedScale"/> gives that scale; null starts from MADe.
    /// </summary>
    public bool HoldScale { get; init; }

    /// <summary>External robust SD to hold (with <see cref="HoldScale"/>), e.g. the Q-method s*; null = MADe.</summary>
    public double? FixedScale { get; init; }
}
