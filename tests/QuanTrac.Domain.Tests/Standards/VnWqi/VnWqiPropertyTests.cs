using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuanTrac.Domain.Standards.VnWqi;

namespace QuanTrac.Domain.Tests.Standards.VnWqi;

public class VnWqiPropertyTests
{
    // Values from 0 to well beyond every last breakpoint, in steps fine enough to land between points.
    static Gen<decimal> Value(decimal max) => Gen.Choose(0, 1_000_000).Select(i => i * max / 1_000_000m);

    static Gen<WqiSample> Samples() =>
        from present in Gen.ListOf(Gen.Elements(true, false), 23)
        from values in Gen.ListOf(Value(20_000m), 23)
        from ph in Value(14m)
        from t in Gen.OneOf(Gen.Constant<decimal?>(null), Value(40m).Select(v => (decimal?)v))
        select new WqiSample(Enum.GetValues<WqiParameter>()
            .Where((p, i) => present[i])
            .ToDictionary(p => p, p => p == WqiParameter.PH ? ph : values[(int)p] / (p <= WqiParameter.Hg ? 10_000m : 1m)), t);

    static Gen<WqiSettings> Settings() =>
        from f in Gen.Elements(Enum.GetValues<WqiFinalFormula>())
        from m in Gen.Elements(Enum.GetValues<WqiMetalReading>())
        from r in Gen.Elements(Enum.GetValues<WqiMinimumDataRule>())
        select new WqiSettings { FinalFormula = f, MetalReading = m, MinimumDataRule = r };

    [Property(MaxTest = 500)]
    public Property Calculate_AnyValidSample_IndexAndSubIndicesWithin0To100() =>
        Prop.ForAll(Samples().ToArbitrary(), Settings().ToArbitrary(), (sample, settings) =>
        {
            var r = new VnWqiCalculator(settings).Calculate(sample);
            var groups = new[] { r.Groups.I, r.Groups.II, r.Groups.III, r.Groups.IV, r.Groups.V };
            return (r.Wqi is null || r.Wqi is >= 0 and <= 100)
                && r.SubIndices.Values.All(q => q is >= 10 and <= 100)
                && groups.All(g => g is null || g is >= 10 - 1e-9 and <= 100 + 1e-9);
        });

    [Property(MaxTest = 300)]
    public Property SubIndex_Group4And5_NeverRiseWithConcentration() =>
        Prop.ForAll(Gen.Elements(WqiParameter.Bod5, WqiParameter.Cod, WqiParameter.Toc, WqiParameter.NH4, WqiParameter.NO3,
                WqiParameter.PO4, WqiParameter.Coliform, WqiParameter.Ecoli, WqiParameter.Cd, WqiParameter.Hg, WqiParameter.As).ToArbitrary(),
            Value(300m).ToArbitrary(), Value(300m).ToArbitrary(), (p, a, b) =>
            {
                var c = new VnWqiCalculator();
                var (lo, hi) = a <= b ? (a / 10, b / 10) : (b / 10, a / 10);
                return c.SubIndex(p, lo) >= c.SubIndex(p, hi);
            });
}
