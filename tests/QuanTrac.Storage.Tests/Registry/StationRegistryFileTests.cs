using System.Text;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Stations;
using QuanTrac.Storage.Registry;
using QuanTrac.TestKit;

namespace QuanTrac.Storage.Tests.Registry;

public class StationRegistryFileTests
{
    [Fact]
    public async Task WriteThenRead_Stations_RoundTrip()
    {
        var stations = new[]
        {
            Some.WastewaterStation(), Some.WastewaterStation("QN_DEMO_NUO003"),
            Some.WastewaterStation("NhaMayDemo") with { Reading = new StationFileReading(DecimalComma: true, LegacyName: true) },
        };
        using var stream = new MemoryStream();
        await StationRegistryFile.WriteAsync(stream, stations);
        stream.Position = 0;

        var read = await StationRegistryFile.ReadAsync(stream, ParameterCatalogue.Default);

        Assert.Equal(stations.Length, read.Count);
        for (var i = 0; i < stations.Length; i++)
        {
            Assert.Equal(stations[i].Mappings, read[i].Mappings);
            Assert.Equal(stations[i] with { Mappings = read[i].Mappings }, read[i]);
        }
        var json = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("Trạm nước thải", json, StringComparison.Ordinal);
        // Written only for the station that has reading settings.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "\"reading\""));
        Assert.Matches("\"legacyName\":\\s*true", json);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""[{"prefix":"A","nameVi":"a","nameEn":"a","type":"IndustrialWastewater","province":"","facility":"","expectedInterval":"00:05:00","mappings":[{"rawName":"x","parameterCode":"O3","factor":1}]}]""", "not a IndustrialWastewater parameter")]
    [InlineData("""[{"prefix":"A","nameVi":"a","nameEn":"a","type":"AmbientAir","province":"","facility":"","expectedInterval":"00:00:00","mappings":[]}]""", "interval must be positive")]
    [InlineData("""[{"prefix":"A","nameVi":"a","nameEn":"a","type":"AmbientAir","province":"","facility":"","expectedInterval":"00:05:00","mappings":[]},{"prefix":"A","nameVi":"a","nameEn":"a","type":"AmbientAir","province":"","facility":"","expectedInterval":"00:05:00","mappings":[]}]""", "appears twice")]
    [InlineData("""[{"prefix":"HN_A_B","nameVi":"a","nameEn":"a","type":"AmbientAir","province":"","facility":"","expectedInterval":"00:05:00","mappings":[],"reading":{"legacyName":true}}]""", "letters A-Z only")]
    [InlineData("""[{"prefix":"A","nameVi":"a","nameEn":"a","type":"AmbientAir","province":"","facility":"","expectedInterval":"00:05:00","mappings":[],"reading":{"strict":true,"decimalComma":true}}]""", "tolerant mode only")]
    [InlineData("""[{"prefix":"A","nameVi":"a","nameEn":"a","type":"AmbientAir","province":"","facility":"","expectedInterval":"00:05:00","mappings":[],"reading":{"decimalPoint":true}}]""", "not valid JSON")]
    public async Task Read_InvalidFile_SaysWhatIsWrong(string json, string expected)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => StationRegistryFile.ReadAsync(stream, ParameterCatalogue.Default));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
