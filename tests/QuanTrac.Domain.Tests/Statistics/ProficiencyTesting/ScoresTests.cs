using QuanTrac.Domain.Statistics.ProficiencyTesting;

namespace QuanTrac.Domain.Tests.Statistics.ProficiencyTesting;

public class ScoresTests
{
    [Theory]
    [InlineData(2.0, ScoreClass.Satisfactory)]
    [InlineData(-2.0, ScoreClass.Satisfactory)]
    [InlineData(2.5, ScoreClass.Questionable)]
    [InlineData(3.0, ScoreClass.Unsatisfactory)]
    [InlineData(-3.0, ScoreClass.Unsatisfactory)]
    public void Classify_Z_Limits2And3(double z, ScoreClass expected) => Assert.Equal(expected, Scores.Classify(ScoreKind.Z, z));

    [Fact]
    public void Classify_En_BoundaryFollowsSetting()
    {
        Assert.Equal(ScoreClass.Satisfactory, Scores.Classify(ScoreKind.En, 0.99));
        Assert.Equal(ScoreClass.Satisfactory, Scores.Classify(ScoreKind.En, -1.0));
        Assert.Equal(ScoreClass.Unsatisfactory, Scores.Classify(ScoreKind.En, -1.0, new ScoreSettings { EnSatisfactoryInclusive = false }));
        Assert.Equal(ScoreClass.Satisfactory, Scores.Classify(ScoreKind.En, 0.99, new ScoreSettings { EnSatisfactoryInclusive = false }));
        Assert.Equal(ScoreClass.Unsatisfactory, Scores.Classify(ScoreKind.En, 1.01));
    }

    [Fact]
    public void En_BoundaryCase_ExactlyOne()
    {
        var en = Scores.En(10.0, 9.0, 0.6, 0.8);
        Assert.Equal(1.0, en);
        Assert.Equal(ScoreClass.Satisfactory, Scores.Classify(ScoreKind.En, en));
        Assert.Equal(ScoreClass.Unsatisfactory, Scores.Classify(ScoreKind.En, en, new ScoreSettings { EnSatisfactoryInclusive = false }));
    }

    [Fact]
    public void Classify_BoundaryGuard_DecimalLimitsHold()
    {
        var z2 = Scores.Z(2.2, 2.0, 0.1);
        Assert.NotEqual(2.0, z2); // 2.0000000000000018 in double
        Assert.Equal(ScoreClass.Satisfactory, Scores.Classify(ScoreKind.Z, z2));
        var z3 = Scores.Z(0.3, 0.0, 0.1);
        Assert.NotEqual(3.0, z3); // 2.9999999999999996
        Assert.Equal(ScoreClass.Unsatisfactory, Scores.Classify(ScoreKind.Z, z3));
    }

    [Fact]
    public void Classify_ReportDecimalsOption_RoundsFirst()
    {
        Assert.Equal(ScoreClass.Questionable, Scores.Classify(ScoreKind.Z, 2.004));
        Assert.Equal(ScoreClass.Satisfactory, Scores.Classify(ScoreKind.Z, 2.004, new ScoreSettings { ReportDecimals = 2 }));
    }

    [Fact]
    public void Classify_TwoBandRule_WarningEqualsAction()
    {
        var twoBand = new ScoreSettings { ActionLimit = 2.0 };
        Assert.Equal(ScoreClass.Unsatisfactory, Scores.Classify(ScoreKind.Z, 2.1, twoBand));
        Assert.Equal(ScoreClass.Satisfactory, Scores.Classify(ScoreKind.Z, 2.0, twoBand));
    }

    [Fact]
    public void ZetaAndEn_OneUncertaintyZero_Computed()
    {
        Assert.Equal(0.5, Scores.Zeta(1, 0, 0, 2));
        Assert.Equal(0.5, Scores.En(1, 0, 0, 2));
    }

    [Fact]
    public void ZetaAndEn_BothUncertaintiesZero_NaNAndNoClass()
    {
        Assert.True(double.IsNaN(Scores.Zeta(1, 0, 0, 0)));
        Assert.True(double.IsNaN(Scores.En(1, 0, 0, 0)));
        Assert.Null(Scores.Classify(ScoreKind.Zeta, double.NaN));
    }

    [Fact]
    public void IsAssignedUncertaintyNegligible_StrictInequality()
    {
        Assert.True(Scores.IsAssignedUncertaintyNegligible(0.29, 1));
        Assert.False(Scores.IsAssignedUncertaintyNegligible(0.3, 1));
        var deltaE = new ScoreSettings { NegligibleRatio = 0.1 };
        Assert.True(Scores.IsAssignedUncertaintyNegligible(0.0999, 1, deltaE));
        Assert.False(Scores.IsAssignedUncertaintyNegligible(0.1, 1, deltaE));
    }

    [Fact]
    public void ZPrime_NegligibleU_RatioToZBetween096And1()
    {
        var ratio = Scores.ZPrime(1, 0, 1, 0.29) / Scores.Z(1, 0, 1);
        Assert.InRange(ratio, 0.96, 1.0);
        Tolerance.Decimals(0.96043, ratio, 5);
    }

    [Fact]
    public void Hypot_ThreeFour_Five()
    {
        Assert.Equal(5, Scores.Hypot(3, 4));              // combined u
        Assert.Equal(5, Scores.Hypot(3, 4));              // δ_E′ = √(δ_E² + U²(x_pt))
        Assert.Equal(5, SigmaPt.WidenedForInhomogeneity(3, 4));
    }

    [Fact]
    public void Differences_DAndDPercentAndPA()
    {
        Assert.Equal(1.5, Scores.D(11.5, 10), 15);
        Assert.Equal(15, Scores.DPercent(11.5, 10), 12);
        Assert.True(double.IsNaN(Scores.DPercent(1, 0)));
        Assert.Equal(75, Scores.PA(11.5, 10, 2), 12);
        Assert.Equal(ScoreClass.Satisfactory, Scores.ClassifyDifference(1.5, 2));
        Assert.Equal(ScoreClass.Unsatisfactory, Scores.ClassifyDifference(-2.0, 2)); // strict: |D| = δ_E fails
        Assert.Equal(ScoreClass.Unsatisfactory, Scores.Classify(ScoreKind.PA, 100));
    }

    [Fact]
    public void Z_NonPositiveSigma_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Scores.Z(1, 0, 0));
}
