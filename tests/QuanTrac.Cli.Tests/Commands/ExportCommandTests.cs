using System.Text.RegularExpressions;

namespace QuanTrac.Cli.Tests;

/// <summary>A store holding normal/ then polluted/ of the real envisoft files (auto-registered), shared by the export tests.</summary>
public sealed class RealFilesStore : IAsyncLifetime
{
    readonly TempDir _dir = new();

    /// <summary>The data folder.</summary>
    public string Data => _dir["data"];

    public async Task InitializeAsync()
    {
        await Cli.IngestAsync(Data, "--auto-register", RealFiles.Envisoft("normal"));
        await Cli.IngestAsync(Data, "--auto-register", RealFiles.Envisoft("polluted"));
    }

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary><c>quantrac export … [--station P] [--parameter P] [--from T] [--to T] [--versions]</c> after normal/ then polluted/.</summary>
public sealed partial class ExportCommandTests(RealFilesStore store) : IClassFixture<RealFilesStore>
{
    string Data => store.Data;

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$")]
    private static partial Regex VietnamSeconds();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+07:00$")]
    private static partial Regex VietnamMilliseconds();

    static string Key(Dictionary<string, string> r) => $"{r["station"]}|{r["parameter"]}|{r["observed_at"]}";

    [Fact]
    public async Task Export_Default_OneCurrentRowPerKeyInVietnamTime()
    {
        var rows = Csv.Rows(await Cli.ExportAsync(Data));

        Assert.Equal(45, rows.Count);
        Assert.Equal(rows.Count, rows.Select(Key).Distinct().Count());
        Assert.All(rows, r => Assert.Matches(VietnamSeconds(), r["observed_at"]));
        Assert.All(rows, r => Assert.Matches(VietnamMilliseconds(), r["received_at"]));
        Assert.All(rows, r => Assert.Matches("^[0-9a-f]{64}$", r["file_sha256"]));
        Assert.Contains(rows, r => r["version"] == "2");
        Assert.Equal(["2026-02-03T12:45:00+07:00", "2026-03-25T00:00:00+07:00", "2026-03-25T00:05:00+07:00"],
            rows.Select(r => r["observed_at"]).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Export_Versions_EveryVersionWithItsFile()
    {
        var current = Csv.Rows(await Cli.ExportAsync(Data));
        var all = Csv.Rows(await Cli.ExportAsync(Data, "--versions"));

        var changed = current.Where(r => r["version"] == "2").ToList();
        Assert.NotEmpty(changed);
        Assert.Equal(current.Count + changed.Count, all.Count);
        foreach (var group in all.GroupBy(Key))
            Assert.Equal(Enumerable.Range(1, group.Count()).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)), group.Select(r => r["version"]));
        // Version 1 of a changed key came from normal/, version 2 from polluted/.
        var normalShas = Directory.GetFiles(RealFiles.Envisoft("normal")).Select(Cli.Sha256).ToHashSet();
        var pollutedShas = Directory.GetFiles(RealFiles.Envisoft("polluted")).Select(Cli.Sha256).ToHashSet();
        Assert.All(all.Where(r => r["version"] == "2"), r => Assert.Contains(r["file_sha256"], pollutedShas));
        Assert.All(all.Where(r => r["version"] == "1"), r => Assert.Contains(r["file_sha256"], normalShas));
    }

    [Fact]
    public async Task Export_AmbientAir_NegativeValueQuotedNameAndStatusesKept()
    {
        var lines = await Cli.ExportAsync(Data, "--station", "HN_BKHN_KHIKXQ", "--versions");
        var rows = Csv.Rows(lines);

        Assert.All(rows, r => Assert.Equal("HN_BKHN_KHIKXQ", r["station"]));
        Assert.Equal("-1.60", Assert.Single(rows, r => r["parameter"] == "Radiation" && r["version"] == "1")["value"]);
        Assert.Contains(lines, l => l.StartsWith("HN_BKHN_KHIKXQ,\"m,p-Xylene\",", StringComparison.Ordinal));
        Assert.Equal("02", Assert.Single(rows, r => r["parameter"] == "CO" && r["version"] == "1")["status"]);
    }

    [Fact]
    public async Task Export_ParameterFilter_OnlyThatParameter()
    {
        var rows = Csv.Rows(await Cli.ExportAsync(Data, "--parameter", "pH"));

        Assert.Equal(["HN_PHCH_NUOPCH", "TB_CAPH_NUOSXL"], rows.Select(r => r["station"]).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("pH", r["parameter"]));
    }

    [Theory]
    [InlineData("2026-03-25T00:00:00", "2026-03-25T00:00:00")]
    [InlineData("2026-03-24T17:00:00Z", "2026-03-25T00:04:59+07:00")]
    public async Task Export_FromTo_InclusiveRangeTimesWithoutOffsetAreVietnamTime(string from, string to)
    {
        var rows = Csv.Rows(await Cli.ExportAsync(Data, "--from", from, "--to", to));

        Assert.Equal(12, rows.Count);
        Assert.All(rows, r => Assert.Equal("2026-03-25T00:00:00+07:00", r["observed_at"]));
        Assert.Equal(["TB_CAPH_NUOSXL", "TB_NMAM_KHIAMO"], rows.Select(r => r["station"]).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Export_BadTime_NonZeroExitWithMessage()
    {
        var result = await QuantracProcess.RunAsync("export", "--data", Data, "--from", "yesterday");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("yesterday", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }
}
