using QuanTrac.Domain.Standards.VnWqi;
using W = QuanTrac.Domain.Standards.VnWqi.WqiParameter;

namespace QuanTrac.Domain.Tests.Standards.VnWqi;

public class VnWqiCalculatorTests
{
    // water-quality-index.md §10: sample of 29/02/2016, reading A, Formula 3.
    internal static WqiSample WorkedExample() => new(new Dictionary<W, decimal>
    {
        [W.PH] = 8.88m,
        [W.Aldrin] = 0.021m, [W.Bhc] = 0.048m, [W.Dieldrin] = 0.047m, [W.Ddts] = 0.052m,
        [W.As] = 0.021m, [W.Cd] = 0.004m, [W.Pb] = 0.009m, [W.Cr6] = 0.007m, [W.Cu] = 0.001m, [W.Zn] = 0.074m, [W.Hg] = 0.002m,
        [W.DO] = 7.095m, [W.Bod5] = 8.28m, [W.Cod] = 23.253m, [W.Toc] = 17.855m,
        [W.NH4] = 0.163m, [W.NO3] = 0.93m, [W.NO2] = 0.18m, [W.PO4] = 0m,
        [W.Coliform] = 1300m, [W.Ecoli] = 92m,
    }, 25m);

    [Fact]
    public void Calculate_WorkedExample_Is20Poor()
    {
        var r = new VnWqiCalculator().Calculate(WorkedExample());
        Assert.Equal(20, r.Wqi);
        Assert.Equal(20.484, r.Unrounded!.Value, 0.001);
        Assert.Equal("Kém", r.Category!.Vi);
        Assert.Equal("255;0;0", r.Category.Rgb);
        Assert.Empty(r.Warnings);
    }

    [Fact]
    public void Calculate_WorkedExample_IntermediateValuesMatchSpec()
    {
        var r = new VnWqiCalculator().Calculate(WorkedExample());
        Assert.Equal(62.0, r.Groups.I!.Value, 0.001);
        Assert.Equal(56.234, r.Groups.II!.Value, 0.001);
        Assert.Equal(78.605, r.Groups.III!.Value, 0.001);
        Assert.Equal(72.554, r.Groups.IV!.Value, 0.001);
        Assert.Equal(77.0, r.Groups.V!.Value, 0.001);
        Assert.Equal(74.167, (double)r.SubIndices[W.As], 0.001);
        Assert.Equal(25m, r.SubIndices[W.Hg]);
        Assert.Equal(100m, r.SubIndices[W.Cd]);
        Assert.Equal(97.658, (double)r.SubIndices[W.DO], 0.001);
        Assert.Equal(68.667, (double)r.SubIndices[W.Bod5], 0.001);
        Assert.Equal(61.245, (double)r.SubIndices[W.Cod], 0.001);
        Assert.Equal(42.863, (double)r.SubIndices[W.Toc], 0.001);
        Assert.Equal(10m, r.SubIndices[W.NO2]);
        Assert.Equal(54m, r.SubIndices[W.Ecoli]);
    }

    [Fact]
    public void Calculate_WorkedExampleWeightedFormula_Is20Point282()
    {
        var r = new VnWqiCalculator(new WqiSettings { FinalFormula = WqiFinalFormula.WeightedCubeRoot }).Calculate(WorkedExample());
        Assert.Equal(20.282, r.Unrounded!.Value, 0.001);
        Assert.Equal(20, r.Wqi);
    }

    [Theory]
    [InlineData(W.Hg, "0.002", "A", "25")]
    [InlineData(W.Hg, "0.002", "B", "50")]
    [InlineData(W.Cd, "0.004", "A", "100")]
    [InlineData(W.Pb, "0.009", "A", "100")]
    [InlineData(W.Cd, "0.005", "A", "75")]   // C < BP → 100, so the repeated value itself is 75
    [InlineData(W.Hg, "0.001", "A", "100")]  // Hg: C ≤ BP → 100
    [InlineData(W.NH4, "0.3", "A", "75")]
    [InlineData(W.NH4, "0.3", "B", "75")]    // N-NH4 is read A in every source
    [InlineData(W.Cd, "0.1", "A", "10")]
    [InlineData(W.Cd, "0.1", "B", "25")]
    [InlineData(W.Cd, "0.2", "B", "10")]
    [InlineData(W.As, "0.1", "A", "25")]     // four points plus a step: the q = 25 point itself is 25
    [InlineData(W.As, "0.1000001", "A", "10")]
    [InlineData(W.Cu, "2", "A", "10")]
    [InlineData(W.Bhc, "0.02", "A", "100")]
    [InlineData(W.Bhc, "0.021", "A", "10")]
    [InlineData(W.NO2, "0.05", "A", "100")]
    [InlineData(W.PH, "5.49", "A", "10")]
    [InlineData(W.PH, "5.5", "A", "50")]
    [InlineData(W.PH, "7", "A", "100")]
    [InlineData(W.PH, "9", "A", "50")]
    [InlineData(W.PH, "9.01", "A", "10")]
    [InlineData(W.Coliform, "10000", "A", "25")]
    [InlineData(W.Coliform, "10001", "A", "10")]
    public void SubIndex_TableBoundary_FollowsSpec(W parameter, string value, string reading, string expected)
    {
        var settings = new WqiSettings { MetalReading = Enum.Parse<WqiMetalReading>(reading) };
        var q = new VnWqiCalculator(settings).SubIndex(parameter, D(value));
        Assert.Equal(D(expected), q);
    }

    [Theory]
    [InlineData("19.99", "10")]
    [InlineData("20", "25")]
    [InlineData("88", "100")]
    [InlineData("112", "100")]
    [InlineData("200", "25")]
    [InlineData("200.01", "10")]
    public void DissolvedOxygenPercent_Boundaries_FollowSpec(string percent, string expected) =>
        Assert.Equal(D(expected), WqiTables.DissolvedOxygenPercent.Evaluate(D(percent)));

    [Fact]
    public void Saturation_At25Degrees_IsCheckValue() => Assert.Equal(8.17565625m, DissolvedOxygen.Saturation(25m));

    [Fact]
    public void Calculate_DoWithoutTemperature_SkipsDoWithWarning()
    {
        var sample = WorkedExample() with { WaterTemperature = null };
        var r = new VnWqiCalculator().Calculate(sample);
        Assert.False(r.SubIndices.ContainsKey(W.DO));
        Assert.Contains(r.Warnings, w => w.Code == "DO_WITHOUT_TEMPERATURE");
        Assert.NotNull(r.Wqi);
    }

    [Fact]
    public void Calculate_TwoGroupIvParameters_IsInsufficient()
    {
        var sample = new WqiSample(new Dictionary<W, decimal> { [W.PH] = 7, [W.Bod5] = 3, [W.Cod] = 8, [W.Coliform] = 100 }, null);
        var r = new VnWqiCalculator().Calculate(sample);
        Assert.Null(r.Wqi);
        Assert.Null(r.Category);
        Assert.Contains(r.Warnings, w => w.Code == "INSUFFICIENT_DATA");
    }

    [Fact]
    public void Calculate_AutomaticStationRule_AcceptsTwoGroupsWithGroupIv()
    {
        var sample = new WqiSample(new Dictionary<W, decimal> { [W.PH] = 7, [W.Cod] = 8 }, null);
        var r = new VnWqiCalculator(new WqiSettings { MinimumDataRule = WqiMinimumDataRule.AutomaticStation }).Calculate(sample);
        Assert.Equal(100, r.Wqi);
        Assert.Equal("Rất tốt", r.Category!.Vi);
    }

    [Fact]
    public void Calculate_NoGroupV_UsesFormula4WithWarning()
    {
        var sample = new WqiSample(new Dictionary<W, decimal> { [W.PH] = 7, [W.Bod5] = 6, [W.Cod] = 15, [W.PO4] = 0.2m, [W.As] = 0.001m }, null);
        var r = new VnWqiCalculator().Calculate(sample);
        Assert.Equal(75, r.Wqi); // 1 × 1 × 1 × mean(75, 75, 75)
        Assert.Contains(r.Warnings, w => w.Code == "GROUP_V_MISSING");
        Assert.Contains(r.Warnings, w => w.Code == "GROUP_II_MISSING");
    }

    [Fact]
    public void SubIndex_NegativeValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new VnWqiCalculator().SubIndex(W.Cod, -1));

    static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
