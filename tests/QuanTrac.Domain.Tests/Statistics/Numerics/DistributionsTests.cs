using QuanTrac.Domain.Statistics.Numerics;
using QuanTrac.Domain.Tests.Statistics.ProficiencyTesting;

namespace QuanTrac.Domain.Tests.Statistics.Numerics;

public class DistributionsTests
{
    // T-N of the spec: double-precision reference values, relative 1e-9.
    [Theory]
    [InlineData(0.625, 0.31863936396437514)]
    [InlineData(0.6875, 0.4887764111146694)]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.025, -1.959963984540054)]
    public void NormalQuantile_SpecValues_Match(double p, double expected) =>
        Tolerance.Relative(expected, Distributions.NormalQuantile(p));

    [Fact]
    public void NormalQuantile_Half_Zero() => Assert.Equal(0, Distributions.NormalQuantile(0.5));

    [Fact]
    public void ChiSquaredQuantile_SpecValues_Match()
    {
        Tolerance.Relative(3.841458820694124, Distributions.ChiSquaredQuantile(1, 0.95));
        Tolerance.Relative(5.991464547107982, Distributions.ChiSquaredQuantile(2, 0.95));
        Tolerance.Relative(-2 * Math.Log(0.01), Distributions.ChiSquaredQuantile(2, 0.99)); // 2 df is exponential: exact
    }

    // Printed statistical tables (3 decimals).
    [Theory]
    [InlineData(5, 0.95, 11.070)]
    [InlineData(9, 0.95, 16.919)]
    [InlineData(10, 0.95, 18.307)]
    [InlineData(19, 0.95, 30.144)]
    [InlineData(30, 0.95, 43.773)]
    [InlineData(5, 0.99, 15.086)]
    [InlineData(10, 0.05, 3.940)]
    public void ChiSquaredQuantile_TableValues_Match(double nu, double p, double expected) =>
        Tolerance.Decimals(expected, Distributions.ChiSquaredQuantile(nu, p), 3);

    [Fact]
    public void FQuantile_SpecValues_Match()
    {
        Tolerance.Relative(19, Distributions.FQuantile(2, 2, 0.95));
        Tolerance.Relative(161.4476387975881, Distributions.FQuantile(1, 1, 0.95));
        Tolerance.Relative(Math.Pow(Math.Tan(0.475 * Math.PI), 2), Distributions.FQuantile(1, 1, 0.95));
    }

    // Printed F tables, upper 5 % points (2 decimals).
    [Theory]
    [InlineData(1, 10, 4.96)]
    [InlineData(3, 10, 3.71)]
    [InlineData(9, 10, 3.02)]
    [InlineData(10, 10, 2.98)]
    [InlineData(5, 20, 2.71)]
    [InlineData(19, 20, 2.14)]
    [InlineData(4, 30, 2.69)]
    [InlineData(12, 24, 2.18)]
    public void FQuantile_TableValues_Match(double d1, double d2, double expected) =>
        Tolerance.Decimals(expected, Distributions.FQuantile(d1, d2, 0.95), 2);

    [Fact]
    public void FQuantile_TwoTwoClosedForm_Exact()
    {
        // F(2, 2) has cdf x/(1 + x): the p-quantile is p/(1 − p).
        Tolerance.Relative(0.9 / 0.1, Distributions.FQuantile(2, 2, 0.9), 1e-12);
    }

    [Theory]
    [InlineData(1, 1, 0.3)]
    [InlineData(6, 14, 0.95)]
    [InlineData(19, 40, 0.5)]
    [InlineData(100, 100, 0.99)]
    public void FCdf_OfQuantile_GivesProbabilityBack(double d1, double d2, double p) =>
        Tolerance.Relative(p, Distributions.FCdf(d1, d2, Distributions.FQuantile(d1, d2, p)), 1e-12);

    [Fact]
    public void Quantiles_ProbabilityOutsideOpenInterval_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.NormalQuantile(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.ChiSquaredQuantile(3, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.FQuantile(0, 3, 0.5));
    }

    [Fact]
    public void HuberGamma_FromNormalFunctions_MatchesSpec()
    {
        // γ = 1/√β, β = θ + (1 − θ)k² − 2kφ(k), θ = 2Φ(k) − 1, k = 1.5 (spec §3.6).
        const double k = 1.5;
        var theta = 2 * Distributions.NormalCdf(k) - 1;
        var phi = Math.Exp(-k * k / 2) / Math.Sqrt(2 * Math.PI);
        var beta = theta + (1 - theta) * k * k - 2 * k * phi;
        Tolerance.Relative(0.7784652161744701, beta);
        Tolerance.Relative(1.133392655462487, 1 / Math.Sqrt(beta));
    }
}
