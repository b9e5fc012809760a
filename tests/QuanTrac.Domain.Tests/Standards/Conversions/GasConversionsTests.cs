using QuanTrac.Domain.Standards.Air;
using QuanTrac.Domain.Standards.Conversions;

namespace QuanTrac.Domain.Tests.Standards.Conversions;

public class GasConversionsTests
{
    [Fact]
    public void MicrogramsToPpb_No2_UsesMolarVolume24Point45() =>
        Assert.Equal(100m * 24.45m / 46.01m, GasConversions.MicrogramsToPpb(AirPollutant.NO2, 100m));

    [Fact]
    public void PpbToMicrograms_O3_IsInverse() =>
        Assert.Equal(48.00m, GasConversions.PpbToMicrograms(AirPollutant.O3, 24.45m));

    [Theory]
    [InlineData(AirPollutant.CO, "1", "mg/m3", "µg/m³", "1000")]
    [InlineData(AirPollutant.CO, "1000", "ug/m3", "mg/m³", "1")]
    [InlineData(AirPollutant.SO2, "64.07", "µg/m³", "ppb", "24.45")]
    [InlineData(AirPollutant.SO2, "64.07", "µg/m³", "ppm", "0.02445")]
    [InlineData(AirPollutant.O3, "0.02445", "ppm", "µg/m³", "48.00")]
    public void Convert_KnownUnits_Exact(AirPollutant p, string value, string from, string to, string expected) =>
        Assert.Equal(D(expected), GasConversions.Convert(p, D(value), from, to));

    [Fact]
    public void Convert_ParticulateToPpb_IsNull() => Assert.Null(GasConversions.Convert(AirPollutant.PM25, 1m, "µg/m³", "ppb"));

    [Fact]
    public void Convert_UnknownUnit_IsNull() => Assert.Null(GasConversions.Convert(AirPollutant.CO, 1m, "furlongs", "ppb"));

    static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
