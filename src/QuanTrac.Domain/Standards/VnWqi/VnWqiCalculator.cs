using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Domain.Standards.VnWqi;

/// <summary>
/// VN_WQI of Decision 1460/QĐ-TCMT as reconstructed in water-quality-index.md: sub-indices in <c>decimal</c>,
/// group means and roots in <c>double</c>, the result rounded to 10 decimals and then to an integer half away
/// from zero, clamped to 0–100.
/// </summary>
public sealed class VnWqiCalculator(WqiSettings settings)
{
    /// <summary>A calculator with the documented defaults (square root, reading A, standard minimum-data rule).</summary>
    public VnWqiCalculator() : this(WqiSettings.Default) { }

    /// <summary>The settings in use.</summary>
    public WqiSettings Settings { get; } = settings;

    /// <summary>The sub-index of one parameter (10–100); DO needs <paramref name="waterTemperature"/> and is null without it.</summary>
    public decimal? SubIndex(WqiParameter parameter, decimal value, decimal? waterTemperature = null)
    {
        if (value < 0)
            throw new ArgumentOutOfRangeException(nameof(value), value, "A concentration cannot be negative.");
        if (parameter == WqiParameter.PH && value > 14)
            throw new ArgumentOutOfRangeException(nameof(value), value, "pH lies within 0–14.");
        if (parameter != WqiParameter.DO)
            return WqiTables.For(parameter, Settings).Evaluate(value);
        return waterTemperature is { } t && DissolvedOxygen.PercentSaturation(value, t) is { } percent
            ? WqiTables.DissolvedOxygenPercent.Evaluate(percent)
            : null;
    }

    /// <summary>Computes the index of one sample; see <see cref="WqiResult"/>.</summary>
    public WqiResult Calculate(WqiSample sample)
    {
        var warnings = new List<BilingualMessage>();
        var subIndices = new SortedDictionary<WqiParameter, decimal>();
        foreach (var (parameter, value) in sample.Values)
        {
            if (SubIndex(parameter, value, sample.WaterTemperature) is { } q)
                subIndices[parameter] = q;
            else if (sample.WaterTemperature is null)
                warnings.Add(WqiWarnings.DoWithoutTemperature);
            else
                warnings.Add(WqiWarnings.TemperatureOutsideFit(sample.WaterTemperature.Value));
        }

        double[] Of(WqiGroup g) => [.. subIndices.Where(s => WqiGroups.Of(s.Key) == g).Select(s => (double)s.Value)];
        var groups = new WqiGroupValues(
            Arithmetic(Of(WqiGroup.I)), Geometric(Of(WqiGroup.II)), Geometric(Of(WqiGroup.III)),
            Arithmetic(Of(WqiGroup.IV)), Arithmetic(Of(WqiGroup.V)));

        if (!MeetsMinimumData(groups, Of(WqiGroup.IV).Length))
        {
            warnings.Add(WqiWarnings.InsufficientData(Settings.MinimumDataRule));
            return new WqiResult(null, null, groups, subIndices, null, warnings);
        }

        // A missing group among I–III weighs as 100 (factor 1); a missing group V switches to Formula 4.
        if (groups.I is null) warnings.Add(WqiWarnings.GroupMissing(WqiGroup.I));
        if (groups.II is null) warnings.Add(WqiWarnings.GroupMissing(WqiGroup.II));
        if (groups.III is null) warnings.Add(WqiWarnings.GroupMissing(WqiGroup.III));
        var factor = (groups.I ?? 100) / 100 * ((groups.II ?? 100) / 100) * ((groups.III ?? 100) / 100);
        var iv = groups.IV!.Value;
        double core;
        if (groups.V is not { } v)
        {
            warnings.Add(WqiWarnings.GroupVMissing);
            core = iv;
        }
        else
        {
            core = Settings.FinalFormula == WqiFinalFormula.SquareRoot ? Math.Sqrt(iv * v) : Math.Cbrt(iv * iv * v);
        }
        var unrounded = Math.Clamp(factor * core, 0, 100);
        // README guard: 10 decimals first, so that 20.4999999999997 from root noise is not mistaken for a tie.
        var wqi = (int)Math.Round(Math.Round(unrounded, 10, MidpointRounding.AwayFromZero), 0, MidpointRounding.AwayFromZero);
        return new WqiResult(wqi, unrounded, groups, subIndices, WqiCategory.Of(wqi), warnings);
    }

    bool MeetsMinimumData(WqiGroupValues g, int groupIvCount)
    {
        var present = new[] { g.I, g.II, g.III, g.IV, g.V }.Count(x => x is not null);
        return Settings.MinimumDataRule switch
        {
            WqiMinimumDataRule.AutomaticStation => g.IV is not null && present >= 2,
            _ => present >= 3 && groupIvCount >= 3,
        };
    }

    static double? Arithmetic(double[] values) => values.Length == 0 ? null : values.Average();

    // Sub-indices are ≥ 10, so the product is positive; at most 7 factors of ≤ 100 stay far from overflow.
    static double? Geometric(double[] values) =>
        values.Length == 0 ? null : Math.Pow(values.Aggregate(1.0, (p, x) => p * x), 1.0 / values.Length);
}
