using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Domain.Tests.Quality;

public class QcRuleSetJsonTests
{
    [Fact]
    public void Write_ThenRead_SameVersion()
    {
        var set = QcRuleSet.Default.With(new QcOverride("S", "COD", QcParameterSettings.Default with
        {
            Stuck = new() { RunLength = 6, Severity = QcSeverity.Suspect },
            Time = new() { LateAfter = TimeSpan.FromMinutes(15) },
        }));
        var back = QcRuleSetJson.Read(QcRuleSetJson.Write(set));
        Assert.Equal(set.Version, back.Version);
        Assert.Equal(QcRuleSet.Default.Version, QcRuleSetJson.Read(QcRuleSetJson.Write(QcRuleSet.Default)).Version);
    }

    [Fact]
    public void Read_PartialDocument_KeepsDefaultsForWhatIsLeftOut()
    {
        var set = QcRuleSetJson.Read("""{"overrides":[{"parameter":"pH","settings":{"zero":{"enabled":true,"severity":"suspect"}}}]}""");
        Assert.Equal(QcParameterSettings.Default, set.Defaults);
        var pH = set.SettingsFor("ANY", "pH");
        Assert.Equal((true, QcSeverity.Suspect), (pH.Zero.Enabled, pH.Zero.Severity));
        Assert.Equal(QcParameterSettings.Default.Stuck, pH.Stuck);
        Assert.NotEqual(QcRuleSet.Default.Version, set.Version);
    }

    [Theory]
    [InlineData("""{"defaults":{"stuk":{"runLength":6}}}""", "stuk")]
    [InlineData("""{"defaults":{"zero":{"severity":"fatal"}}}""", "severity")]
    [InlineData("""{"overrides":[{"parameter":"pH"}]}""", "overrides[0]")]
    [InlineData("""not json""", "")]
    public void Read_BadDocument_BilingualErrorNamingThePlace(string json, string place)
    {
        var e = Assert.Throws<TableInputException>(() => QcRuleSetJson.Read(json));
        // Vietnamese, then English.
        Assert.Matches("(không hợp lệ|thiếu).* / .*(not valid|missing)", e.Message);
        Assert.Contains(place, e.Message, StringComparison.Ordinal);
    }
}
