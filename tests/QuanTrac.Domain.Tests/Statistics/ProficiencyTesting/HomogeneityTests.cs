using QuanTrac.Domain.Statistics.ProficiencyTesting;

namespace QuanTrac.Domain.Tests.Statistics.ProficiencyTesting;

public class HomogeneityTests
{
    [Fact]
    public void Check_ThreeReplicates_SpecExample()
    {
        var r = Homogeneity.Check([[2, 4, 6], [4, 6, 8], [8, 10, 12]], 10);
        Assert.Equal((3, 3), (r.G, r.M));
        Tolerance.Relative(Math.Sqrt(28.0 / 3), r.Sx, 1e-12);
        Tolerance.Relative(2, r.Sw, 1e-12);
        Tolerance.Relative(Math.Sqrt(8), r.Ss, 1e-12);
        Tolerance.Relative(7, r.F, 1e-12);
        Assert.False(r.SsTruncated);
    }

    [Fact]
    public void Check_Duplicates_MatchShortcutFormula()
    {
        IReadOnlyList<IReadOnlyList<double>> items = [[10.1, 10.3], [9.8, 9.9], [10.4, 10.0], [10.2, 10.2], [9.9, 10.1]];
        var r = Homogeneity.Check(items, 1);
        var g = items.Count;
        var sw = Math.Sqrt(items.Sum(i => (i[0] - i[1]) * (i[0] - i[1])) / (2 * g));
        Tolerance.Relative(sw, r.Sw, 1e-12);
        var means = items.Select(i => (i[0] + i[1]) / 2).ToArray();
        var sx2 = means.Sum(t => (t - means.Average()) * (t - means.Average())) / (g - 1);
        Tolerance.Relative(Math.Sqrt(Math.Max(0, sx2 - sw * sw / 2)), r.Ss, 1e-12);
    }

    [Fact]
    public void Check_NegativeBetweenVariance_TruncatedToZeroNotNaN()
    {
        var r = Homogeneity.Check([[1, 3], [3, 1], [1, 3]], 1);
        Assert.Equal(0, r.Ss);
        Assert.True(r.SsTruncated);
        Assert.True(r.Passed);
    }

    // ISO 13528 Table B.1 (duplicates, g = 7 … 20), used only as an oracle for the computed factors.
    [Theory]
    [InlineData(20, 1.59, 0.57)]
    [InlineData(19, 1.60, 0.59)]
    [InlineData(18, 1.62, 0.62)]
    [InlineData(17, 1.64, 0.64)]
    [InlineData(16, 1.67, 0.68)]
    [InlineData(15, 1.69, 0.71)]
    [InlineData(14, 1.72, 0.75)]
    [InlineData(13, 1.75, 0.80)]
    [InlineData(12, 1.79, 0.86)]
    [InlineData(11, 1.83, 0.93)]
    [InlineData(10, 1.88, 1.01)]
    [InlineData(9, 1.94, 1.11)]
    [InlineData(8, 2.01, 1.25)]
    [InlineData(7, 2.10, 1.43)]
    public void Check_Duplicates_FactorsRoundToTableB1(int g, double f1, double f2)
    {
        var items = Enumerable.Range(0, g).Select(t => (IReadOnlyList<double>)[10 + 0.01 * t, 10.02 - 0.01 * (t % 3)]).ToList();
        var r = Homogeneity.Check(items, 1);
        Tolerance.Decimals(f1, r.F1, 2);
        Tolerance.Decimals(f2, r.F2, 2);
        Tolerance.Relative(Math.Sqrt(r.F1 * 0.09 + r.F2 * r.Sw * r.Sw), r.ExpandedCriterion, 1e-12);
    }

    [Fact]
    public void Check_ExpandedCriterion_PassesWhereBasicFails()
    {
        // s_s slightly above 0.3σ_pt: the expanded criterion allows for the sampling error of s_s.
        IReadOnlyList<IReadOnlyList<double>> items = [.. Enumerable.Range(0, 10).Select(t => (IReadOnlyList<double>)[t % 2 == 0 ? 10.35 : 9.65, t % 2 == 0 ? 10.37 : 9.63])];
        var r = Homogeneity.Check(items, 1);
        Assert.False(r.Passed);
        Assert.True(r.Ss < r.ExpandedCriterion == r.PassedExpanded);
    }

    [Fact]
    public void Check_UnbalancedOrTooSmall_Throws()
    {
        Assert.Throws<ArgumentException>(() => Homogeneity.Check([[1, 2], [1, 2, 3]], 1));
        Assert.Throws<ArgumentException>(() => Homogeneity.Check([[1, 2]], 1));
        Assert.Throws<ArgumentException>(() => Homogeneity.Check([[1], [2]], 1));
    }

    [Fact]
    public void Stability_SpecExample_BasicFailsExpandedPasses()
    {
        var r = Homogeneity.Stability(10.0, 10.9, 1, 0.3, 0.4);
        Tolerance.Relative(0.9, r.Difference, 1e-12);
        Assert.False(r.Passed);
        Tolerance.Relative(1.3, r.ExpandedCriterion, 1e-12);
        Assert.True(r.PassedExpanded);
    }

    [Fact]
    public void Stability_OnTheLimitInDecimal_PassesThroughGuard()
    {
        // |10.3 − 10.0| is 0.3000000000000007 in double; 0.3·σ_pt with σ_pt = 1 is 0.3.
        Assert.True(Homogeneity.Stability(10.0, 10.3, 1).Passed);
        Assert.Null(Homogeneity.Stability(10.0, 10.3, 1).PassedExpanded);
    }
}
