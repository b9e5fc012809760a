using QuanTrac.Domain.Statistics.ProficiencyTesting;

namespace QuanTrac.Domain.Tests.Statistics.ProficiencyTesting;

public class SigmaPtTests
{
    [Fact]
    public void HorwitzThompson_ThreeBranches()
    {
        Tolerance.Relative(0.22 * 1e-8, SigmaPt.HorwitzThompson(1e-8), 1e-15);
        Tolerance.Relative(0.02 * Math.Pow(1e-6, 0.8495), SigmaPt.HorwitzThompson(1e-6), 1e-15);
        Tolerance.Relative(0.01 * Math.Sqrt(0.5), SigmaPt.HorwitzThompson(0.5), 1e-15);
    }

    [Fact]
    public void HorwitzThompson_BoundsOfMiddleBranch_Inclusive()
    {
        Tolerance.Relative(0.02 * Math.Pow(1.2e-7, 0.8495), SigmaPt.HorwitzThompson(1.2e-7), 1e-15);
        Tolerance.Relative(0.02 * Math.Pow(0.138, 0.8495), SigmaPt.HorwitzThompson(0.138), 1e-15);
    }

    [Fact]
    public void HorwitzThompson_OneMgPerKg_RelativeSdAbout16Percent()
    {
        // Horwitz at 1 ppm: RSD_R = 2^(1 − 0.5·log10 c) = 16 %; 0.02·c^0.8495 gives 0.02·10^(0.9·…) ≈ 0.16c.
        Assert.InRange(SigmaPt.HorwitzThompson(1e-6) / 1e-6, 0.15, 0.17);
    }

    [Fact]
    public void HorwitzThompson_OutsideZeroToOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SigmaPt.HorwitzThompson(-1e-9));
        Assert.Throws<ArgumentOutOfRangeException>(() => SigmaPt.HorwitzThompson(1.01));
    }

    [Fact]
    public void FromPrecision_MeansOfReplicates()
    {
        Assert.Equal(Math.Sqrt(4 - 1 * 0.5), SigmaPt.FromPrecision(2, 1, 2), 15);
        Assert.Throws<ArgumentException>(() => SigmaPt.FromPrecision(1, 3, 2));
    }

    [Fact]
    public void FromFraction_AndFromParticipantsWithFloorCeiling()
    {
        Assert.Equal(1.5, SigmaPt.FromFraction(10, 0.15), 15);
        Assert.Equal(0.5, SigmaPt.FromParticipants(0.2, floor: 0.5));
        Assert.Equal(2, SigmaPt.FromParticipants(3, ceiling: 2));
        Assert.Equal(1, SigmaPt.FromParticipants(1, 0.5, 2));
    }
}
