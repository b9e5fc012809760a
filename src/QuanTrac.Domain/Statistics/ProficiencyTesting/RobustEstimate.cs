namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

/// <summary>One step of an iterative robust estimator, for reports and debugging.</summary>
/// <param name="Iteration">1-based step number.</param>
/// <param name="Location">x* after the step, unit of the data.</param>
/// <param name="Scale">s* after the step, unit of the data.</param>
public sealed record RobustIteration(int Iteration, double Location, double Scale);

/// <summary>Result of a robust estimator (Algorithm A, Q/Hampel): robust mean and SD, unrounded.</summary>
/// <param name="Location">Robust mean x*, unit of the data.</param>
/// <param name="Scale">Robust standard deviation s* (≥ 0), unit of the data.</param>
/// <param name="P">Number of values used.</param>
/// <param name="Iterations">Steps taken (0 when no iteration ran).</param>
/// <param name="Converged">True when the stop rule was met (or no iteration was needed).</param>
/// <param name="Degenerate">True for p = 1 or zero spread: s* = 0 and x* is the median.</param>
/// <param name="Method">Short name of the method, e.g. <c>AlgorithmA</c>, <c>QHampel</c>.</param>
/// <param name="Trace">x* and s* after each step.</param>
public sealed record RobustEstimate(
    double Location, double Scale, int P, int Iterations, bool Converged, bool Degenerate, string Method,
    IReadOnlyList<RobustIteration> Trace);
