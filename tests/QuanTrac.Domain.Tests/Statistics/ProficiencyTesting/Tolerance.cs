namespace QuanTrac.Domain.Tests.Statistics.ProficiencyTesting;

// The spec's tolerance rule (§12): d printed decimals → 0.5·10⁻ᵈ (+1e-12); 13+ significant digits → relative 1e-9.
static class Tolerance
{
    public static void Decimals(double expected, double actual, int decimals) =>
        Assert.True(Math.Abs(expected - actual) <= 0.5 * Math.Pow(10, -decimals) + 1e-12, $"expected {expected} (±{decimals} decimals), got {actual:R}");

    public static void Relative(double expected, double actual, double relative = 1e-9) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
