using QuanTrac.Domain.Parameters;

namespace QuanTrac.Domain.Tests.Parameters;

public class UnitsTests
{
    [Theory]
    [InlineData("mg/l", "mg/L")]
    [InlineData(" mg/L ", "mg/L")]
    [InlineData("oC", "°C")]
    [InlineData("ug/m3", "µg/m³")]
    [InlineData("µg/m3", "µg/m³")]
    [InlineData("μg/m3", "µg/m³")] // Greek mu U+03BC, not micro sign U+00B5
    [InlineData("mg/Nm3", "mg/Nm³")]
    [InlineData("m3/h", "m³/h")]
    [InlineData("uS/cm", "µS/cm")]
    [InlineData("Degree", "degree")]
    [InlineData("", "")]
    public void Canonicalise_KnownSpelling_GivesCanonicalUnit(string raw, string expected) =>
        Assert.Equal(expected, Units.Canonicalise(raw));

    [Fact]
    public void Canonicalise_DecomposedVietnameseSpelling_MatchesAfterNfc() =>
        Assert.Equal("°C", Units.Canonicalise("độ C".Normalize(System.Text.NormalizationForm.FormD)));

    [Fact]
    public void Canonicalise_UnknownSpelling_IsNull() => Assert.Null(Units.Canonicalise("furlongs"));

    [Theory]
    [InlineData("mg/m³", "µg/m³", "1000")]
    [InlineData("µg/L", "mg/L", "0.001")]
    [InlineData("kPa", "hPa", "10")]
    [InlineData("mg/L", "mg/L", "1")]
    public void Factor_KnownPair_IsExact(string from, string to, string factor) =>
        Assert.Equal(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture), Units.Factor(from, to));

    [Fact]
    public void Factor_PpbToMass_NeedsMolarMassSoIsNull() => Assert.Null(Units.Factor("ppb", "µg/m³"));
}
