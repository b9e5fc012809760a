using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuanTrac.Domain.Statistics.ProficiencyTesting;

namespace QuanTrac.Domain.Tests.Statistics.ProficiencyTesting;

public class AlgorithmAPropertyTests
{
    // Results like a PT round: 2–40 values with three decimals around 10–60, so ties happen but are not the rule.
    static Gen<double[]> Results(int min = 2) =>
        from n in Gen.Choose(min, 40)
        from centre in Gen.Choose(10_000, 60_000)
        from spread in Gen.Choose(10, 5_000)
        from offsets in Gen.ArrayOf(Gen.Choose(-1000, 1000), n)
        select offsets.Select(o => (centre + (double)o * spread / 1000) / 1000).ToArray();

    static bool Close(double expected, double actual, double scale) => Math.Abs(expected - actual) <= 1e-9 * scale;

    [Property(MaxTest = 300)]
    public Property Estimate_Shifted_LocationShiftsScaleStays() =>
        Prop.ForAll(Results().ToArbitrary(), Gen.Choose(-100_000, 100_000).ToArbitrary(), (x, shiftThousandths) =>
        {
            var shift = shiftThousandths / 1000.0;
            var a = AlgorithmA.Estimate(x);
            var b = AlgorithmA.Estimate(x.Select(v => v + shift));
            var size = Math.Abs(a.Location) + Math.Abs(shift) + a.Scale + 1;
            return Close(a.Location + shift, b.Location, size) && Close(a.Scale, b.Scale, size);
        });

    [Property(MaxTest = 300)]
    public Property Estimate_Scaled_LocationAndScaleScale() =>
        Prop.ForAll(Results().ToArbitrary(), Gen.Elements(-1000.0, -3.0, -1.0, 0.001, 0.37, 2.0, 1e6).ToArbitrary(), (x, factor) =>
        {
            var a = AlgorithmA.Estimate(x);
            var b = AlgorithmA.Estimate(x.Select(v => v * factor));
            var size = (Math.Abs(a.Location) + a.Scale) * Math.Abs(factor);
            return Close(a.Location * factor, b.Location, size) && Close(a.Scale * Math.Abs(factor), b.Scale, size);
        });

    [Property(MaxTest = 300)]
    public Property Estimate_Shuffled_Identical() =>
        Prop.ForAll(Results().ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (x, seed) =>
        {
            var shuffled = x.ToArray();
            new Random(seed).Shuffle(shuffled);
            var a = AlgorithmA.Estimate(x);
            var b = AlgorithmA.Estimate(shuffled);
            return a.Location == b.Location && a.Scale == b.Scale && a.Iterations == b.Iterations;
        });

    [Property(MaxTest = 300)]
    public Property Estimate_OneGrossOutlier_MovesLittle() =>
        Prop.ForAll(Results(min: 8).ToArbitrary(), Gen.Elements(-1.0, 1.0).ToArbitrary(), (x, side) =>
        {
            var clean = AlgorithmA.Estimate(x);
            if (clean.Scale == 0)
                return true;
            // A blunder a million spreads away (a unit error) would move the mean by 1e6·s*/p. Algorithm A bounds its
            // influence: once beyond x* ± 1.5 s* its size no longer matters (a thousand times further gives the same
            // estimates), and it moves x* by about one s*. The scale may grow with small p (one point changes the
            // MAD's order statistic: 2.1× was seen at p = 9), so it is bounded loosely.
            var dirty = AlgorithmA.Estimate([.. x, clean.Location + side * 1e6 * (clean.Scale + 1)]);
            var further = AlgorithmA.Estimate([.. x, clean.Location + side * 1e9 * (clean.Scale + 1)]);
            var size = Math.Abs(clean.Location) + clean.Scale + 1;
            return Close(dirty.Location, further.Location, size) && Close(dirty.Scale, further.Scale, size)
                && Math.Abs(dirty.Location - clean.Location) <= clean.Scale + dirty.Scale
                && dirty.Scale <= 4 * clean.Scale;
        });
}
