using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Stations;

namespace QuanTrac.Domain.Tests.Quality;

public class QcRuleSetTests
{
    [Fact]
    public void Version_SameSettings_SameVersion()
    {
        var a = new QcRuleSet(QcParameterSettings.Default with { }, [new("ST", "pH", new() { Range = new() { Max = 10 } })]);
        var b = new QcRuleSet(new(), [new("ST", "pH", new() { Range = new() { Max = 10m } })]);

        Assert.Equal(a.Version, b.Version);
        Assert.Equal(16, a.Version.Length);
    }

    [Fact]
    public void Version_AnySettingChanged_NewVersion()
    {
        var d = QcParameterSettings.Default;
        var versions = new[]
        {
            QcRuleSet.Default.Version,
            new QcRuleSet(d with { Stuck = d.Stuck with { RunLength = 13 } }, []).Version,
            new QcRuleSet(d with { Spike = d.Spike with { K = 9 } }, []).Version,
            new QcRuleSet(d with { Zero = d.Zero with { Enabled = true } }, []).Version,
            new QcRuleSet(d with { Time = d.Time with { LateAfter = TimeSpan.FromMinutes(7) } }, []).Version,
            QcRuleSet.Default.With(new("ST", null, d)).Version,
        };

        Assert.Equal(versions.Length, versions.Distinct().Count());
    }

    [Fact]
    public void RuleVersion_ChangesOnlyForTheRuleWhoseSettingChanged()
    {
        var d = QcParameterSettings.Default;
        var before = QcRuleSet.Default.Resolve("ST", StationType.SurfaceWater, "pH");
        var after = new QcRuleSet(d with { Stuck = d.Stuck with { RunLength = 24 } }, []).Resolve("ST", StationType.SurfaceWater, "pH");

        Assert.NotEqual(before.Version(QcRule.Stuck), after.Version(QcRule.Stuck));
        Assert.Equal(before.Version(QcRule.Range), after.Version(QcRule.Range));
        Assert.StartsWith("1.", before.Version(QcRule.Stuck), StringComparison.Ordinal);
        Assert.Contains("n=24", after.Parameters(QcRule.Stuck), StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsFor_MostSpecificOverrideWins()
    {
        var d = QcParameterSettings.Default;
        QcParameterSettings S(int n) => d with { Stuck = d.Stuck with { RunLength = n } };
        var set = new QcRuleSet(d, [new("ST", "pH", S(2)), new(null, "pH", S(3)), new("ST", null, S(4)), new(null, null, S(5))]);

        Assert.Equal(2, set.SettingsFor("ST", "pH").Stuck.RunLength);
        Assert.Equal(3, set.SettingsFor("X", "pH").Stuck.RunLength);
        Assert.Equal(4, set.SettingsFor("ST", "COD").Stuck.RunLength);
        Assert.Equal(5, set.SettingsFor("X", "COD").Stuck.RunLength);
        Assert.Equal(12, QcRuleSet.Default.SettingsFor("X", "COD").Stuck.RunLength);
    }
}
