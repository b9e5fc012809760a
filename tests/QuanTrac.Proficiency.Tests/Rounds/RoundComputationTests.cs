using QuanTrac.Proficiency.Rounds;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Proficiency.Tests.Rounds;

/// <summary>The round computation against the worked examples of proficiency-testing.md §12.</summary>
public class RoundComputationTests
{
    static readonly PtScheme Scheme = new("S", "vi", "en", 5, DateTimeOffset.UnixEpoch);

    static PtMeasurand Measurand(PtMethod method) => new("R", "M", "water", "X", "mg/L", method);

    static PtResult Result(string participant, double value, double? u = null, double? expanded = null, double? k = null) =>
        new("R", "M", participant, 2, value, null, u ?? expanded / k, expanded, k, null);

    [Fact]
    public void Compute_CreosoteConsensus_AssignedIsStrictAlgorithmA()
    {
        // T-A9: ISO 5725-5 creosote data, Strict mode x* = 20.412142857142854, s* = 1.0698397029558995.
        double[] x = [24.140, 20.155, 19.500, 20.300, 20.705, 17.570, 20.100, 20.940, 21.185];
        var results = x.Select((v, i) => Result($"L{i}", v)).ToList();

        var (assignments, scores) = RoundComputation.Compute(Scheme,
            [Measurand(new(PtAssignedMethod.Consensus, null, null, PtSigmaMethod.Robust, null))], results);

        var a = assignments["M"];
        Assert.Equal(20.412142857142854, a.Assigned, 1e-9);
        Assert.Equal(1.0698397029558995, a.SigmaPt, 1e-9);
        Assert.Equal(1.25 * 1.0698397029558995 / 3, a.UncertaintyAssigned, 1e-9);
        // 1.25/√9 = 0.417 ≥ 0.3: not negligible, so z′ is the reported score (spec §7: p ≥ 18 needed).
        Assert.False(a.Negligible);
        Assert.All(scores, s => Assert.Equal("z'", s.ClassifiedOn));
        Assert.Equal(9, scores.Count);
    }

    [Theory]
    [InlineData(2.2, 2.0, "satisfactory")]   // raw double z = 2.0000000000000018
    [InlineData(0.3, 0.0, "unsatisfactory")] // raw double z = 2.9999999999999996
    public void Compute_ExactLimitInDecimal_BoundaryGuardClassifiesAsDecimal(double x, double assigned, string expected)
    {
        var (_, scores) = RoundComputation.Compute(Scheme,
            [Measurand(new(PtAssignedMethod.Reference, assigned, 0, PtSigmaMethod.Fixed, 0.1))], [Result("L1", x)]);

        Assert.Equal((expected, "z"), (scores[0].Class, scores[0].ClassifiedOn));
    }

    [Fact]
    public void Compute_OneUncertaintyZero_ZetaAndEnStillComputedAndDPercentUndefinedAtZero()
    {
        // T-S: ζ(x = 1, x_pt = 0, u(x) = 0, u(x_pt) = 2) = 0.5; E_n with U(x) = 0 and U(x_pt) = 2·... — here U(x_pt) = K·u = 4.
        var (_, scores) = RoundComputation.Compute(Scheme,
            [Measurand(new(PtAssignedMethod.Reference, 0, 2, PtSigmaMethod.Fixed, 1))], [Result("L1", 1, expanded: 0, k: 2)]);

        Assert.Equal(0.5, scores[0].Zeta);
        Assert.Equal(0.25, scores[0].En);
        Assert.Null(scores[0].DPercent);
    }

    [Fact]
    public void Compute_HorwitzInMgPerKg_SigmaFromTheMassFraction()
    {
        // 1 mg/kg = 1e-6 (middle branch): σ = 0.02·(1e-6)^0.8495 as a fraction, 0.02·(1e-6)^0.8495 / 1e-6 mg/kg.
        var m = MeasurandSetup.Validate(Measurand(new(PtAssignedMethod.Reference, 1.0, 0.01, PtSigmaMethod.Horwitz, null)) with { Unit = "mg/kg" });

        var (assignments, _) = RoundComputation.Compute(Scheme, [m], [Result("L1", 1.1)]);

        Assert.Equal(0.02 * Math.Pow(1e-6, 0.8495) / 1e-6, assignments["M"].SigmaPt, 1e-12);
    }

    [Fact]
    public void Compute_ConsensusWithTooFewResults_RefusedNamingTheMeasurand()
    {
        var e = Assert.Throws<PtSetupException>(() => RoundComputation.Compute(Scheme,
            [Measurand(new(PtAssignedMethod.Consensus, null, null, PtSigmaMethod.Fixed, 1))], [Result("L1", 1), Result("L2", 2)]));

        Assert.Equal("PT_TOO_FEW_RESULTS", e.Problem.Code);
        Assert.Contains("'M' has only 2", e.Problem.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReferenceWithoutUncertainty_Refused()
    {
        var e = Assert.Throws<PtSetupException>(() =>
            MeasurandSetup.Validate(Measurand(new(PtAssignedMethod.Reference, 5, null, PtSigmaMethod.Fixed, 1))));
        Assert.Equal("PT_REFERENCE_VALUE", e.Problem.Code);
    }
}
