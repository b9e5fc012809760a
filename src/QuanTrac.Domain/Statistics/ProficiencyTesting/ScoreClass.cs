namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

/// <summary>Performance class of a score (proficiency-testing.md §8.7).</summary>
public enum ScoreClass
{
    /// <summary>Satisfactory / acceptable (|z| ≤ 2, |E_n| ≤ 1, |D| &lt; δ_E). Đạt.</summary>
    Satisfactory,

    /// <summary>Questionable / warning signal (2 &lt; |z| &lt; 3). Đáng ngờ (cảnh báo).</summary>
    Questionable,

    /// <summary>Unsatisfactory / action signal (|z| ≥ 3, |E_n| &gt; 1, |D| ≥ δ_E). Không đạt (hành động).</summary>
    Unsatisfactory,
}

/// <summary>The kinds of performance statistic.</summary>
public enum ScoreKind
{
    /// <summary>D = x − x_pt, unit of the data.</summary>
    D,

    /// <summary>D% = 100(x − x_pt)/x_pt.</summary>
    DPercent,

    /// <summary>PA = 100·D/δ_E.</summary>
    PA,

    /// <summary>z = (x − x_pt)/σ_pt.</summary>
    Z,

    /// <summary>z′ = (x − x_pt)/√(σ_pt² + u²(x_pt)).</summary>
    ZPrime,

    /// <summary>ζ = (x − x_pt)/√(u²(x) + u²(x_pt)), standard uncertainties.</summary>
    Zeta,

    /// <summary>E_n = (x − x_pt)/√(U²(x) + U²(x_pt)), expanded uncertainties as reported.</summary>
    En,
}
