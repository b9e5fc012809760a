using System.Text;
using QuanTrac.Ingest.StationFiles;
using QuanTrac.TestKit;

namespace QuanTrac.Ingest.Tests.StationFiles;

/// <summary>Real files (shared/testdata/tt10-real) read as their README describes.</summary>
public class StationFileReaderRealFileTests
{
    static string Envisoft(string set, string name) => Path.Combine(RepoPaths.RealStationFiles, "envisoft-water-demo", set, name);

    static ParsedStationFile ReadFile(string path, StationFileReadOptions? options = null) =>
        StationFileReader.Read(Path.GetFileName(path), File.ReadAllBytes(path), options);

    public static TheoryData<string, string, int> EnvisoftFiles()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var set in new[] { "normal", "polluted" })
        {
            data.Add(set, "HN_BKHN_KHIKXQ_20260325000500.txt", 26);
            data.Add(set, "HN_PHCH_NUOPCH_20260203124500.txt", 7);
            data.Add(set, "TB_CAPH_NUOSXL_20260325000000.txt", 7);
            data.Add(set, "TB_NMAM_KHIAMO_20260325000000.txt", 5);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EnvisoftFiles))]
    public void Read_EnvisoftFile_AllLinesAreRecordsWithoutWarnings(string set, string name, int records)
    {
        var file = ReadFile(Envisoft(set, name));

        Assert.False(file.IsRejected, file.Error?.English);
        Assert.Empty(file.Warnings);
        Assert.Equal(records, file.Records.Count);
        Assert.Equal(Enumerable.Range(1, records), file.Records.Select(r => r.Line));
        Assert.All(file.Records, r => Assert.Equal(file.Name!.Timestamp, r.ObservedAt));
        Assert.All(file.Records, r => Assert.NotNull(r.Value));
    }

    [Fact]
    public void Read_EnvisoftDirectory_HoldsExactlyTheEightKnownFiles()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.RealStationFiles, "envisoft-water-demo"), "*.txt", SearchOption.AllDirectories);
        Assert.Equal(8, files.Length);
        Assert.All(files, f => Assert.False(ReadFile(f).IsRejected));
    }

    [Fact]
    public void Read_AmbientAirNormal_NegativeRadiationKeepsScaleAndStatusesKept()
    {
        var file = ReadFile(Envisoft("normal", "HN_BKHN_KHIKXQ_20260325000500.txt"));

        var radiation = Assert.Single(file.Records, r => r.Parameter == "Radiation");
        Assert.Equal(-1.60m, radiation.Value);
        Assert.Equal("-1.60", radiation.RawValue);
        Assert.Equal("-1.60", radiation.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("02", Assert.Single(file.Records, r => r.Parameter == "CO").Status);
        Assert.Equal("01", Assert.Single(file.Records, r => r.Parameter == "O3").Status);
        Assert.Contains(file.Records, r => r.Parameter == "Vinyl chloride");
        Assert.Contains(file.Records, r => r.Parameter == "m,p-Xylene");
        Assert.Equal(new DateTimeOffset(2026, 3, 25, 0, 5, 0, TimeSpan.FromHours(7)), file.Name!.Timestamp);
    }

    [Theory]
    [InlineData("normal")]
    [InlineData("polluted")]
    public void Read_StackFile_VietnameseNamesAreNfcWithEmptyUnits(string set)
    {
        var file = ReadFile(Envisoft(set, "TB_NMAM_KHIAMO_20260325000000.txt"));

        var temp = file.Records[0];
        var pressure = file.Records[2];
        Assert.Equal("Nhi\u1EC7t\u0111\u1ED9", temp.Parameter);
        Assert.Equal("\u00C1psu\u1EA5t", pressure.Parameter);
        Assert.True(temp.Parameter.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(("", ""), (temp.Unit, pressure.Unit));
    }

    [Fact]
    public void Read_SurfaceWater_PhHasEmptyUnit()
    {
        var file = ReadFile(Envisoft("normal", "HN_PHCH_NUOPCH_20260203124500.txt"));
        var ph = Assert.Single(file.Records, r => r.Parameter == "pH");
        Assert.Equal(("", 8.81m), (ph.Unit, ph.Value));
    }

    [Fact]
    public void Read_PollutedSet_Status01KeptAsIs()
    {
        var file = ReadFile(Envisoft("polluted", "HN_PHCH_NUOPCH_20260203124500.txt"));
        Assert.Contains(file.Records, r => r.Status == "01");
    }

    [Fact]
    public void Read_QuytttbTolerant_TwoRecordsAndMultiRecordWarning()
    {
        var file = ReadFile(Path.Combine(RepoPaths.RealStationFiles, "quytttb-data-logger", "HN_ABCD_NUO001_20260101120000.txt"));

        Assert.False(file.IsRejected);
        Assert.Equal([("Flow", 12.34m, "m3/h"), ("Temp", 25.6m, "°C")], file.Records.Select(r => (r.Parameter, r.Value!.Value, r.Unit)));
        var warning = Assert.Single(file.Warnings);
        Assert.Equal((1, "MULTI_RECORD_LINE"), (warning.Line, warning.Code));
        Assert.Contains("2 records", warning.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuytttbStrict_RejectedWithReason()
    {
        var file = ReadFile(Path.Combine(RepoPaths.RealStationFiles, "quytttb-data-logger", "HN_ABCD_NUO001_20260101120000.txt"),
            StationFileReadOptions.StrictMode);

        Assert.True(file.IsRejected);
        Assert.Equal("NO_VALID_RECORD", file.Error!.Code);
        Assert.Contains("strict mode", file.Error.English, StringComparison.Ordinal);
        Assert.Empty(file.Records);
    }
}
