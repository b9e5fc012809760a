using QuanTrac.Domain.Statistics.ProficiencyTesting;

namespace QuanTrac.Domain.Tests.Statistics.ProficiencyTesting;

public class ParticipantScoringTests
{
    [Fact]
    public void Score_ZetaUsesUOverOwnK_EnUsesUAsReported()
    {
        var r = new ParticipantResult(2, "L01", 10.0, 0.6 / 3, 0.6, 3);
        var s = ParticipantScoring.Score(r, 9.0, 1, uAssigned: 0.4, coverageAssigned: 2);
        Assert.Equal(1.0, s.En);                                     // √(0.6² + 0.8²) = 1
        Tolerance.Relative(1 / Math.Sqrt(0.04 + 0.16), s.Zeta!.Value, 1e-12);
        Tolerance.Relative(1 / Math.Sqrt(1 + 0.16), s.ZPrime!.Value, 1e-12);
        Assert.Equal(ScoreKind.ZPrime, s.ClassifiedOn);              // 0.4 ≥ 0.3σ_pt: not negligible
    }

    [Fact]
    public void Score_NoAssignedUncertainty_OnlyZ()
    {
        var s = ParticipantScoring.Score(new(2, "L01", 2.2, 0.1, null, null), 2.0, 0.1, null);
        Assert.Null(s.ZPrime);
        Assert.Null(s.Zeta);
        Assert.Null(s.En);
        Assert.Equal(ScoreClass.Satisfactory, s.Class); // guard: 2.0000000000000018
    }

    [Fact]
    public void Score_NoParticipantUncertainty_ZetaAndEnNull()
    {
        var s = ParticipantScoring.Score(new(2, "L01", 13, null, null, null), 10, 1, 0.1);
        Assert.Null(s.Zeta);
        Assert.Null(s.En);
        Assert.Equal(ScoreKind.Z, s.ClassifiedOn);
        Assert.Equal(ScoreClass.Unsatisfactory, s.Class);
    }
}
