namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

/// <summary>When the iteration of Algorithm A stops (proficiency-testing.md §3.3).</summary>
public enum ConvergenceMode
{
    /// <summary>
    /// Default: iterate to the fixed point, |Δx*| ≤ 1e-12·s* + 1e-15·|x*| and |Δs*| ≤ 1e-12·s*, relative to s* so that
    /// data of any magnitude converge alike.
    /// </summary>
    Strict,

    /// <summary>
    /// ISO wording: stop when the third significant figure of s*, and the figure in the same decimal position of x*,
    /// no longer change. Reproduces the standard's printed numbers; can stop far from the fixed point.
    /// </summary>
    Iso3SigFig,

    /// <summary>R <c>metRology::algA</c> stop rule: |Δs*| ≤ tol·s*, tol = ε^¼; use with <see cref="AlgorithmASettings.MetRology"/>.</summary>
    MetRologyCompatible,
}
