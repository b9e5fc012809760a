using QuanTrac.Domain.Statistics.ProficiencyTesting;

namespace QuanTrac.Domain.Tests.Statistics.ProficiencyTesting;

public class RobustStatisticsTests
{
    [Fact]
    public void Median_OddAndEven_MiddleOrMeanOfMiddle()
    {
        Assert.Equal(3, RobustStatistics.Median([5, 1, 3]));
        Assert.Equal(2.5, RobustStatistics.Median([4, 1, 3, 2]));
    }

    [Fact]
    public void Median_EmptyOrNonFinite_Throws()
    {
        Assert.Throws<ArgumentException>(() => RobustStatistics.Median([]));
        Assert.Throws<ArgumentException>(() => RobustStatistics.Median([1, double.NaN]));
        Assert.Throws<ArgumentException>(() => RobustStatistics.Median([double.PositiveInfinity]));
    }

    [Fact]
    public void MadE_KnownSet_1483TimesMedianAbsoluteDeviation()
    {
        // med = 3; |x − 3| = 2, 1, 0, 1, 6 → med 1.
        Assert.Equal(1.483, RobustStatistics.MadE([1, 2, 3, 4, 9]), 15);
        Assert.Equal(1.4826, RobustStatistics.MadE([1, 2, 3, 4, 9], RobustStatistics.RMadFactor), 15);
    }

    [Fact]
    public void Quantile_Type7_InterpolatesBetweenOrderStatistics()
    {
        // R: quantile(c(1,2,3,4,10), type = 7) → 25 %: 2, 75 %: 4; quantile(1:4, .25) = 1.75.
        Assert.Equal(2, RobustStatistics.Quantile([10, 4, 3, 2, 1], 0.25));
        Assert.Equal(4, RobustStatistics.Quantile([10, 4, 3, 2, 1], 0.75));
        Assert.Equal(1.75, RobustStatistics.Quantile([1, 2, 3, 4], 0.25), 15);
        Assert.Equal(3.25, RobustStatistics.Quantile([1, 2, 3, 4], 0.75), 15);
        Assert.Equal(4, RobustStatistics.Quantile([1, 2, 3, 4], 1));
        Assert.Equal(7, RobustStatistics.Quantile([7], 0.25));
    }

    [Fact]
    public void NIqr_FourValues_07413TimesType7Iqr()
    {
        Assert.Equal(0.7413 * 1.5, RobustStatistics.NIqr([4, 3, 2, 1]), 15);
    }

    [Fact]
    public void SampleStandardDeviation_DividesByNMinusOne()
    {
        Assert.Equal(1.5275252316519468, RobustStatistics.SampleStandardDeviation([5, 5, 5, 5, 6, 7, 9]), 14);
        Assert.Equal(0, RobustStatistics.SampleStandardDeviation([3]));
    }
}
