namespace QuanTrac.Domain.Standards.Limits;

/// <summary>One band of a coefficient table: applies up to and including <see cref="UpTo"/> (null = no upper end).</summary>
/// <param name="UpTo">Upper end of the band, inclusive, in the unit of the table; null for the last band.</param>
/// <param name="K">The coefficient.</param>
public readonly record struct CoefficientBand(decimal? UpTo, decimal K);

/// <summary>
/// The multiplier tables of QCVN 40:2011 (Kq, Kf) and QCVN 19:2009 (Kp, Kv) as data (regulatory-limits.md §5.3, §6.3).
/// Bands are left-open, right-closed: "50 &lt; Q ≤ 200" is the band up to 200.
/// </summary>
public static class Coefficients
{
    /// <summary>Kq for rivers, streams, canals by Q = mean flow of the 3 driest months over 3 years, m³/s.</summary>
    public static IReadOnlyList<CoefficientBand> KqRiver { get; } = [new(50, 0.9m), new(200, 1.0m), new(500, 1.1m), new(null, 1.2m)];

    /// <summary>Kq for lakes, ponds, lagoons by V = mean volume of the 3 driest months over 3 years, m³.</summary>
    public static IReadOnlyList<CoefficientBand> KqLake { get; } = [new(10_000_000, 0.6m), new(100_000_000, 0.8m), new(null, 1.0m)];

    /// <summary>Kf by discharge flow F (maximum declared in the permit), m³ per 24 h.</summary>
    public static IReadOnlyList<CoefficientBand> Kf { get; } = [new(50, 1.2m), new(500, 1.1m), new(5000, 1.0m), new(null, 0.9m)];

    /// <summary>Kp by total stack flow P, m³/h.</summary>
    public static IReadOnlyList<CoefficientBand> Kp { get; } = [new(20_000, 1.0m), new(100_000, 0.9m), new(null, 0.8m)];

    /// <summary>Kv by area class 1–5 (inner city … rural mountainous); within 2 km of several classes use the smallest Kv.</summary>
    public static IReadOnlyList<decimal> KvByClass { get; } = [0.6m, 0.8m, 1.0m, 1.2m, 1.4m];

    /// <summary>Kq of a river without flow data.</summary>
    public const decimal KqRiverNoData = 0.9m;
    /// <summary>Kq of a lake without volume data.</summary>
    public const decimal KqLakeNoData = 0.6m;
    /// <summary>Kq of coastal water used for aquatic-life protection, water sports or recreation.</summary>
    public const decimal KqCoastalProtected = 1.0m;
    /// <summary>Kq of coastal water not used for those purposes.</summary>
    public const decimal KqCoastalOther = 1.3m;

    /// <summary>The coefficient of the band holding <paramref name="x"/> (≥ 0).</summary>
    public static decimal Lookup(IReadOnlyList<CoefficientBand> table, decimal x)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        return table.First(b => b.UpTo is null || x <= b.UpTo).K;
    }

    /// <summary>Kv of area class 1–5.</summary>
    public static decimal Kv(int areaClass) => KvByClass[areaClass - 1];
}

/// <summary>The coefficients assigned to a facility; the ones its regulation does not use stay null.</summary>
/// <param name="Kq">Receiving-water factor (QCVN 40:2011).</param>
/// <param name="Kf">Discharge-flow factor (QCVN 40:2011).</param>
/// <param name="Kp">Stack-flow factor (QCVN 19:2009).</param>
/// <param name="Kv">Location factor (QCVN 19:2009).</param>
public sealed record LimitCoefficients(decimal? Kq = null, decimal? Kf = null, decimal? Kp = null, decimal? Kv = null)
{
    /// <summary>No coefficients.</summary>
    public static LimitCoefficients None { get; } = new();
}
