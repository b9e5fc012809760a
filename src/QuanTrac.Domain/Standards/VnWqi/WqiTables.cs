using static QuanTrac.Domain.Standards.VnWqi.SubIndexCurve;

namespace QuanTrac.Domain.Standards.VnWqi;

/// <summary>
/// The breakpoint tables of Decision 1460/QĐ-TCMT as reconstructed in water-quality-index.md §3–§6 (to verify
/// against the official PDF). Values are in the unit of each parameter's group: µg/L for pesticides, mg/L for
/// metals and group IV, MPN or CFU/100 mL for group V, % saturation for DO.
/// </summary>
public static class WqiTables
{
    /// <summary>pH (§3): &lt; 5.5 or &gt; 9 → 10; 5.5 → 50; 6–8.5 → 100; 9 → 50.</summary>
    public static SubIndexCurve PH { get; } = new([new(5.5m, 50), new(6m, 100), new(8.5m, 100), new(9m, 50)], 10, false, 10, false);

    /// <summary>DO in % saturation (§6.1): &lt; 20 or &gt; 200 → 10; 88–112 → 100.</summary>
    public static SubIndexCurve DissolvedOxygenPercent { get; } = new(
        [new(20, 25), new(50, 50), new(75, 75), new(88, 100), new(112, 100), new(125, 75), new(150, 50), new(200, 25)],
        10, false, 10, false);

    // Rows whose shape does not depend on any setting.
    static readonly Dictionary<WqiParameter, SubIndexCurve> Fixed = new()
    {
        // Group II, µg/L: the QCVN 08 Table 1 limits as a step (§4).
        [WqiParameter.Aldrin] = Step(0.1m),
        [WqiParameter.Bhc] = Step(0.02m),
        [WqiParameter.Dieldrin] = Step(0.1m),
        [WqiParameter.Ddts] = Step(1.0m),
        [WqiParameter.HeptachlorSum] = Step(0.2m),
        // Group III, mg/L (§5).
        [WqiParameter.As] = FourPointStep(0.01m, 0.02m, 0.05m, 0.1m),
        [WqiParameter.Cu] = FivePoint(0.1m, 0.2m, 0.5m, 1.0m, 2.0m),
        [WqiParameter.Zn] = FivePoint(0.5m, 1.0m, 1.5m, 2.0m, 3.0m),
        [WqiParameter.Cr6] = FivePoint(0.01m, 0.02m, 0.04m, 0.05m, 0.1m),
        // Group IV, mg/L (§6).
        [WqiParameter.Bod5] = FivePoint(4, 6, 15, 25, 50),
        [WqiParameter.Cod] = FivePoint(10, 15, 30, 50, 150),
        [WqiParameter.Toc] = FivePoint(4, 6, 15, 25, 50),
        [WqiParameter.NO3] = FourPointStep(2, 5, 10, 15),
        [WqiParameter.NO2] = Step(0.05m),
        [WqiParameter.PO4] = FivePoint(0.1m, 0.2m, 0.3m, 0.5m, 4),
        // Group V, per 100 mL.
        [WqiParameter.Coliform] = FourPointStep(2500, 5000, 7500, 10000),
        [WqiParameter.Ecoli] = FourPointStep(20, 50, 100, 200),
    };

    // The repeated-value rows (§5.1): the listed values after the repeated one, (q75, q50, q25, q10).
    static readonly Dictionary<WqiParameter, (decimal, decimal, decimal, decimal)> Repeated = new()
    {
        [WqiParameter.Cd] = (0.005m, 0.008m, 0.01m, 0.1m),
        [WqiParameter.Pb] = (0.02m, 0.04m, 0.05m, 0.5m),
        [WqiParameter.Hg] = (0.001m, 0.0015m, 0.002m, 0.01m),
        [WqiParameter.NH4] = (0.3m, 0.6m, 0.9m, 5m),
    };

    /// <summary>
    /// The table of <paramref name="parameter"/> under <paramref name="settings"/>. DO is scored through
    /// <see cref="DissolvedOxygenPercent"/> after conversion to % saturation, so it has no table here.
    /// </summary>
    public static SubIndexCurve For(WqiParameter parameter, WqiSettings settings)
    {
        if (parameter == WqiParameter.PH)
            return PH;
        if (parameter == WqiParameter.DO)
            return DissolvedOxygenPercent;
        if (Fixed.TryGetValue(parameter, out var curve))
            return curve;
        var (a, b, c, d) = Repeated[parameter];
        // N-NH4 is read A in every source (§6: one reading-B source corrected it by hand), so only metals shift.
        if (settings.MetalReading == WqiMetalReading.B && parameter != WqiParameter.NH4)
            return FourPointStep(a, b, c, d);
        return RepeatedReadingA(a, b, c, d, settings.RepeatedBreakpointInclusive.Contains(parameter));
    }
}
