using System.Text;
using System.Text.Json;

namespace QuanTrac.Cli.Tests;

/// <summary><c>quantrac parse [--strict] FILE...</c> over the real station files.</summary>
public class ParseCommandTests
{
    static readonly string[] ObjectKeys = ["file", "prefix", "province", "facility", "station", "timestamp", "records", "warnings", "error"];
    static readonly string[] RecordKeys = ["line", "parameter", "value", "unit", "observedAt", "status"];

    static async Task<(QuantracResult Result, JsonElement[] Files)> ParseAsync(params string[] args)
    {
        var result = await QuantracProcess.RunAsync(["parse", .. args]);
        using var json = result.Json();
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        return (result, [.. json.RootElement.EnumerateArray().Select(e => e.Clone())]);
    }

    static JsonElement Record(JsonElement file, string parameter) =>
        Assert.Single(file.GetProperty("records").EnumerateArray(), r => r.GetProperty("parameter").GetString() == parameter);

    [Fact]
    public async Task Parse_EveryRealFile_OneObjectPerFileInOrderAndExit0()
    {
        var paths = RealFiles.All;
        Assert.Equal(9, paths.Length);

        var (result, files) = await ParseAsync(paths);

        result.ShouldExit(0);
        Assert.Equal(paths, files.Select(f => f.GetProperty("file").GetString()));
        foreach (var f in files)
        {
            foreach (var key in ObjectKeys)
                Assert.True(f.TryGetProperty(key, out _), $"no \"{key}\" in {f}");
            Assert.Equal(JsonValueKind.Null, f.GetProperty("error").ValueKind);
            var name = Path.GetFileName(f.GetProperty("file").GetString()!);
            Assert.Equal(name[..name.LastIndexOf('_')], f.GetProperty("prefix").GetString());
            Assert.Equal(name.Split('_')[0], f.GetProperty("province").GetString());
            Assert.Equal(name.Split('_')[1], f.GetProperty("facility").GetString());
            Assert.Equal(name.Split('_')[2], f.GetProperty("station").GetString());
            foreach (var r in f.GetProperty("records").EnumerateArray())
            {
                foreach (var key in RecordKeys)
                    Assert.True(r.TryGetProperty(key, out _), $"no \"{key}\" in {r}");
                Assert.Contains(r.GetProperty("value").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
                Assert.Equal(f.GetProperty("timestamp").GetString(), r.GetProperty("observedAt").GetString());
            }
        }
    }

    [Theory]
    [InlineData("normal")]
    [InlineData("polluted")]
    public async Task Parse_EnvisoftSet_RecordCountsLinesAndNoWarnings(string set)
    {
        var (result, files) = await ParseAsync(Directory.GetFiles(RealFiles.Envisoft(set)).Order(StringComparer.Ordinal).ToArray());

        result.ShouldExit(0);
        Assert.Equal(4, files.Length);
        foreach (var f in files)
        {
            var expected = RealFiles.EnvisoftRecords[Path.GetFileName(f.GetProperty("file").GetString()!)];
            var records = f.GetProperty("records").EnumerateArray().ToList();
            Assert.Equal(expected, records.Count);
            Assert.Equal(Enumerable.Range(1, expected), records.Select(r => r.GetProperty("line").GetInt32()));
            Assert.Empty(f.GetProperty("warnings").EnumerateArray());
            Assert.All(records, r => Assert.Equal(JsonValueKind.Number, r.GetProperty("value").ValueKind));
        }
    }

    [Fact]
    public async Task Parse_AmbientAirFile_VietnamTimeWithOffsetNegativeValueAndStatusesKept()
    {
        var (result, files) = await ParseAsync(Path.Combine(RealFiles.Envisoft("normal"), "HN_BKHN_KHIKXQ_20260325000500.txt"));

        result.ShouldExit(0);
        var file = Assert.Single(files);
        Assert.Equal("2026-03-25T00:05:00+07:00", file.GetProperty("timestamp").GetString());
        var radiation = Record(file, "Radiation");
        Assert.Equal("-1.60", radiation.GetProperty("value").GetRawText());
        Assert.Equal("2026-03-25T00:05:00+07:00", radiation.GetProperty("observedAt").GetString());
        Assert.Equal("02", Record(file, "CO").GetProperty("status").GetString());
        Assert.Equal("01", Record(file, "O3").GetProperty("status").GetString());
        Assert.Equal("02", Record(file, "Hg").GetProperty("status").GetString());
        Record(file, "m,p-Xylene");
        Record(file, "Vinyl chloride");
    }

    [Fact]
    public async Task Parse_StackAndWaterFiles_VietnameseNamesAndEmptyUnitsRaw()
    {
        var (result, files) = await ParseAsync(
            Path.Combine(RealFiles.Envisoft("normal"), "TB_NMAM_KHIAMO_20260325000000.txt"),
            Path.Combine(RealFiles.Envisoft("normal"), "HN_PHCH_NUOPCH_20260203124500.txt"));

        result.ShouldExit(0);
        var temp = Record(files[0], "Nhi\u1EC7t\u0111\u1ED9");
        var pressure = Record(files[0], "\u00C1psu\u1EA5t");
        Assert.Equal("", temp.GetProperty("unit").GetString());
        Assert.Equal("", pressure.GetProperty("unit").GetString());
        Assert.True(temp.GetProperty("parameter").GetString()!.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("m3/h", Record(files[0], "Flow").GetProperty("unit").GetString());
        var ph = Record(files[1], "pH");
        Assert.Equal(("", 8.81m), (ph.GetProperty("unit").GetString(), ph.GetProperty("value").GetDecimal()));
        Assert.Equal("2026-02-03T12:45:00+07:00", files[1].GetProperty("timestamp").GetString());
        // The raw Vietnamese text reaches stdout as UTF-8.
        Assert.Contains("\"Nhi\u1EC7t\u0111\u1ED9\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_PollutedSet_Status01KeptAsIs()
    {
        var (result, files) = await ParseAsync(Path.Combine(RealFiles.Envisoft("polluted"), "HN_PHCH_NUOPCH_20260203124500.txt"));

        result.ShouldExit(0);
        Assert.Contains(Assert.Single(files).GetProperty("records").EnumerateArray(), r => r.GetProperty("status").GetString() == "01");
    }

    [Fact]
    public async Task Parse_QuytttbTolerant_TwoRecordsAndALineWarning()
    {
        var (result, files) = await ParseAsync(RealFiles.Quytttb);

        result.ShouldExit(0);
        var file = Assert.Single(files);
        Assert.Equal(JsonValueKind.Null, file.GetProperty("error").ValueKind);
        Assert.Equal([("Flow", 12.34m, "m3/h", "00"), ("Temp", 25.6m, "°C", "00")], file.GetProperty("records").EnumerateArray()
            .Select(r => (r.GetProperty("parameter").GetString(), r.GetProperty("value").GetDecimal(), r.GetProperty("unit").GetString(), r.GetProperty("status").GetString())));
        var warning = Assert.Single(file.GetProperty("warnings").EnumerateArray());
        Assert.Equal(1, warning.GetProperty("line").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(warning.GetProperty("message").GetString()));
        Assert.Equal("2026-01-01T12:00:00+07:00", file.GetProperty("timestamp").GetString());
    }

    [Fact]
    public async Task Parse_QuytttbStrict_RejectedWithErrorAndExit2()
    {
        var (result, files) = await ParseAsync("--strict", RealFiles.Quytttb);

        result.ShouldExit(2);
        var file = Assert.Single(files);
        Assert.False(string.IsNullOrWhiteSpace(file.GetProperty("error").GetString()), file.ToString());
        Assert.Empty(file.GetProperty("records").EnumerateArray());
    }

    [Fact]
    public async Task Parse_StrictOverEveryRealFile_OnlyQuytttbRejectedAndExit2()
    {
        var (result, files) = await ParseAsync(["--strict", .. RealFiles.All]);

        result.ShouldExit(2);
        Assert.Equal(9, files.Length);
        var rejected = Assert.Single(files, f => f.GetProperty("error").ValueKind != JsonValueKind.Null);
        Assert.Equal(RealFiles.Quytttb, rejected.GetProperty("file").GetString());
    }

    [Fact]
    public async Task Parse_MissingFile_ReportedAsRejectedAndExit2()
    {
        using var dir = new TempDir();
        var missing = dir["HN_ABCD_NUO001_20260101120000.txt"];

        var (result, files) = await ParseAsync(missing);

        result.ShouldExit(2);
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(files).GetProperty("error").GetString()));
    }
}
