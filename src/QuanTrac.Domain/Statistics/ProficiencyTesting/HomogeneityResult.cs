namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

/// <summary>Outcome of a homogeneity check (proficiency-testing.md §9); all SDs in the unit of the data, unrounded.</summary>
/// <param name="G">Number of PT items g.</param>
/// <param name="M">Replicates per item m.</param>
/// <param name="Mean">General mean x̄ of the item means.</param>
/// <param name="Sx">SD of the item means s_x.</param>
/// <param name="Sw">Within-item (pooled repeatability) SD s_w.</param>
/// <param name="Ss">Between-item SD s_s = √max(0, s_x² − s_w²/m).</param>
/// <param name="SsTruncated">True when s_x² &lt; s_w²/m and s_s was set to 0 (never NaN).</param>
/// <param name="Criterion">Basic criterion 0.3·σ_pt (or the configured factor).</param>
/// <param name="Passed">s_s ≤ criterion (after the boundary guard).</param>
/// <param name="F1">χ²_0.95(g − 1)/(g − 1).</param>
/// <param name="F2">(F_0.95(g − 1, g(m − 1)) − 1)/m.</param>
/// <param name="ExpandedCriterion">√c with c = F1·(0.3σ_pt)² + F2·s_w² (Fearn &amp; Thompson).</param>
/// <param name="PassedExpanded">s_s ≤ √c (after the boundary guard).</param>
/// <param name="F">ANOVA F = m·s_x²/s_w² (informative); NaN when s_w = 0.</param>
/// <param name="FCritical">F_0.95(g − 1, g(m − 1)).</param>
public sealed record HomogeneityResult(
    int G, int M, double Mean, double Sx, double Sw, double Ss, bool SsTruncated,
    double Criterion, bool Passed, double F1, double F2, double ExpandedCriterion, bool PassedExpanded,
    double F, double FCritical);

/// <summary>Outcome of a stability check (proficiency-testing.md §10), unit of the data.</summary>
/// <param name="Mean1">ȳ_1, before or at the start.</param>
/// <param name="Mean2">ȳ_2, after storage or transport.</param>
/// <param name="Difference">|ȳ_1 − ȳ_2|.</param>
/// <param name="Criterion">0.3·σ_pt (or the configured factor).</param>
/// <param name="Passed">|ȳ_1 − ȳ_2| ≤ criterion (after the boundary guard).</param>
/// <param name="ExpandedCriterion">0.3·σ_pt + 2√(u²(ȳ_1) + u²(ȳ_2)); NaN when the uncertainties are not given.</param>
/// <param name="PassedExpanded">|ȳ_1 − ȳ_2| ≤ the expanded criterion; null when it is not computed.</param>
public sealed record StabilityResult(
    double Mean1, double Mean2, double Difference, double Criterion, bool Passed, double ExpandedCriterion, bool? PassedExpanded);
