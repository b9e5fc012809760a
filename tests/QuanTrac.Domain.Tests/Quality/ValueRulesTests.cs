using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Stations;
using static QuanTrac.Domain.Tests.Quality.QcSeries;

namespace QuanTrac.Domain.Tests.Quality;

public class ValueRulesTests
{
    [Fact]
    public void Range_CatalogueBoundsOfPh_BoundsInclusiveOutsideFlagged()
    {
        var r = Engine().Evaluate(Only(QcRule.Range), Of(0, 14, -0.01, 14.01, double.NaN));

        Assert.Equal([2, 3], Indices(r));
        Assert.Equal([QcFlagCode.BelowRange, QcFlagCode.AboveRange], Codes(r));
        Assert.Equal(0, r.Flags[0].Detail);
        Assert.Equal(14, r.Flags[1].Detail);
    }

    [Fact]
    public void Range_StationOverride_ReplacesCatalogueBound()
    {
        var set = QcRuleSet.Default.With(new("ST", "pH", QcParameterSettings.Default with
        {
            Range = new() { Min = 4, Max = 10 },
        }));
        var rules = set.Resolve("ST", StationType.SurfaceWater, "pH");
        var other = set.Resolve("OTHER", StationType.SurfaceWater, "pH");

        Assert.Equal((4d, 10d), (rules.RangeMin, rules.RangeMax));
        Assert.Equal((0d, 14d), (other.RangeMin, other.RangeMax));
        Assert.Equal([0, 3], Indices(Engine().Evaluate(rules, Of(3.99, 4, 10, 10.01))));
    }

    [Fact]
    public void Range_ParameterNotInCatalogueWithoutBounds_Disabled()
    {
        var rules = Rules(parameter: "Unknown");

        Assert.False(rules.IsEnabled(QcRule.Range));
        Assert.False(rules.IsEnabled(QcRule.Negative));
    }

    [Fact]
    public void Negative_ConcentrationOnTemperatureOff_ByParameterDefault()
    {
        Assert.True(Rules(parameter: "COD").IsEnabled(QcRule.Negative));
        Assert.True(Rules(parameter: "pH").IsEnabled(QcRule.Negative));
        Assert.False(Rules(parameter: "Temp").IsEnabled(QcRule.Negative));
        Assert.False(Rules(parameter: "Radiation", type: StationType.AmbientAir).IsEnabled(QcRule.Negative));
    }

    [Fact]
    public void Negative_BelowZeroFlaggedZeroNot()
    {
        var r = Engine().Evaluate(Only(QcRule.Negative, parameter: "COD"), Of(0, -0.001, 5));

        Assert.Equal([1], Indices(r));
        Assert.Equal(QcFlagCode.Negative, r.Flags[0].Code);
    }

    [Fact]
    public void Zero_OffByDefault_OnFlagsExactZeroWithConfiguredSeverity()
    {
        Assert.False(Rules().IsEnabled(QcRule.Zero));
        var r = Engine().Evaluate(Only(QcRule.Zero, s => s with { Zero = new() { Enabled = true, Severity = QcSeverity.Suspect } }),
            [At(0, 0), At(1, 0.001), At(2, 0, DeviceStatus.Calibrating)]);

        Assert.Equal([0, 2], Indices(r));
        Assert.All(r.Flags.ToArray(), f => Assert.Equal(QcSeverity.Suspect, f.Severity));
    }
}
