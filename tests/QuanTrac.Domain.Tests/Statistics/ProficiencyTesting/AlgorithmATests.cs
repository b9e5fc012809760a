using QuanTrac.Domain.Statistics.ProficiencyTesting;

namespace QuanTrac.Domain.Tests.Statistics.ProficiencyTesting;

public class AlgorithmATests
{
    // T-A9: ISO 5725-5 creosote example, slow convergence.
    static readonly double[] Creosote = [24.140, 20.155, 19.500, 20.300, 20.705, 17.570, 20.100, 20.940, 21.185];

    [Fact]
    public void Estimate_CreosoteStrict_ReachesFixedPoint()
    {
        var r = AlgorithmA.Estimate(Creosote);
        Tolerance.Relative(20.412142857142854, r.Location);
        Tolerance.Relative(1.0698397029558995, r.Scale);
        Assert.True(r.Converged);
        Assert.False(r.Degenerate);
        Assert.Equal(9, r.P);
    }

    [Fact]
    public void Estimate_CreosoteIso3SigFig_StopsEarlyAfterSixIterations()
    {
        var r = AlgorithmA.Estimate(Creosote, AlgorithmASettings.Iso);
        Tolerance.Relative(20.412129352082356, r.Location);
        Tolerance.Relative(1.0537132060382928, r.Scale);
        Assert.Equal(6, r.Iterations);
    }

    [Fact]
    public void Estimate_CreosoteMetRology_MatchesRAlgA()
    {
        var r = AlgorithmA.Estimate(Creosote, AlgorithmASettings.MetRology);
        Tolerance.Relative(20.41214285714266, r.Location);
        Tolerance.Relative(1.0674553833348523, r.Scale);
        Assert.Equal(18, r.Iterations);
        Tolerance.Decimals(20.387222, r.Trace[0].Location, 6);
        Tolerance.Decimals(0.984891, r.Trace[0].Scale, 6);
        Tolerance.Decimals(20.411869, r.Trace[3].Location, 6);
        Tolerance.Decimals(1.037324, r.Trace[3].Scale, 6);
    }

    [Fact]
    public void Estimate_TwoValues_MeanAndScaledDifference()
    {
        var r = AlgorithmA.Estimate([1.0, 3.0]);
        Tolerance.Relative(2.0, r.Location);
        Tolerance.Relative(1.6037181797310898, r.Scale);
    }

    [Fact]
    public void Estimate_OneValue_DegenerateWithoutIteration()
    {
        var r = AlgorithmA.Estimate([4.0]);
        Assert.Equal((4.0, 0.0, 0, true), (r.Location, r.Scale, r.Iterations, r.Degenerate));
    }

    [Fact]
    public void Estimate_AllEqual_Degenerate()
    {
        var r = AlgorithmA.Estimate([7, 7, 7]);
        Assert.Equal((7.0, 0.0, true), (r.Location, r.Scale, r.Degenerate));
    }

    [Fact]
    public void Estimate_MadeZero_StartsFromSampleSd()
    {
        double[] x = [5, 5, 5, 5, 6, 7, 9];
        var r = AlgorithmA.Estimate(x);
        Tolerance.Relative(5.82739717330819, r.Location);
        Tolerance.Relative(1.309588693233841, r.Scale);
        Assert.False(r.Degenerate);
        // Same as iterating from x* = 5, s* = SD(x): hold nothing, start scale given as the SD through FixedScale is not
        // the same thing, so check the first step by hand instead: δ = 1.5·1.5275 = 2.291 → 9 winsorised to 7.2913.
        var first = r.Trace[0];
        var w = new[] { 5, 5, 5, 5, 6, 7, 5 + 1.5 * 1.5275252316519468 };
        Tolerance.Relative(w.Average(), first.Location, 1e-12);
    }

    [Fact]
    public void Estimate_EmptyOrNonFinite_Throws()
    {
        Assert.Throws<ArgumentException>(() => AlgorithmA.Estimate([]));
        Assert.Throws<ArgumentException>(() => AlgorithmA.Estimate([1, double.NaN]));
        Assert.Throws<ArgumentException>(() => AlgorithmA.Estimate([1, double.NegativeInfinity]));
    }

    [Fact]
    public void Estimate_HoldScale_IteratesLocationOnly()
    {
        var r = AlgorithmA.Estimate(Creosote, new AlgorithmASettings { HoldScale = true, FixedScale = 1.0 });
        Assert.All(r.Trace, t => Assert.Equal(1.0, t.Scale));
        Assert.True(r.Converged);
    }

    [Fact]
    public void ConsensusUncertainty_125SOverRootP()
    {
        Assert.Equal(1.25 * 2 / 3, AlgorithmA.ConsensusUncertainty(2, 9), 15);
    }
}
