using QuanTrac.Domain.Statistics.ProficiencyTesting;

namespace QuanTrac.Domain.Tests.Statistics.ProficiencyTesting;

public class QHampelTests
{
    [Fact]
    public void QMethod_NoTies_T_Q1() => Tolerance.Relative(4.438288931970152, QHampel.QMethod([1, 2, 4, 8]));

    [Fact]
    public void QMethod_OneZeroDifference_T_Q2() => Tolerance.Relative(1.687802219225277, QHampel.QMethod([1, 1, 2, 4]));

    [Fact]
    public void QMethod_DecimalTiesInDouble_MergedAsOneDiscontinuity()
    {
        // 12.3 − 12.2 and 5.1 − 5.0 are both 0.1 in decimal but differ in the last bits as doubles; scaled data
        // (×10, exact integers) have the same structure and must give s* ×10.
        double[] decimals = [12.2, 12.3, 5.0, 5.1];
        double[] integers = [122, 123, 50, 51];
        Tolerance.Relative(QHampel.QMethod(integers) / 10, QHampel.QMethod(decimals), 1e-12);
    }

    [Fact]
    public void QMethod_Replicates_PairWeightOneOverNiNj()
    {
        // Each participant twice the same value: zero within-pair differences are not between-participant
        // differences, so the result equals the single-result case.
        IReadOnlyList<IReadOnlyList<double>> replicated = [[1, 1], [2, 2], [4, 4], [8, 8]];
        Tolerance.Relative(4.438288931970152, QHampel.QMethod(replicated));
    }

    [Theory]
    [InlineData(4.0, 0.25)]
    [InlineData(2.0, 0.5)]
    [InlineData(2.5, 0.5)]
    public void Hampel_ScaleOne_T_Q3(double last, double expected) =>
        Tolerance.Relative(expected, QHampel.Hampel([0, 0, 0, last], 1), 1e-12);

    [Fact]
    public void Hampel_ZeroScale_Median() => Assert.Equal(1.5, QHampel.Hampel([1, 2, 7, 0], 0));

    [Fact]
    public void Estimate_QHampel_UsesQScaleForHampel()
    {
        var r = QHampel.Estimate([1, 2, 4, 8]);
        Tolerance.Relative(4.438288931970152, r.Scale);
        Assert.Equal(QHampel.Hampel([1, 2, 4, 8], r.Scale), r.Location);
    }
}
