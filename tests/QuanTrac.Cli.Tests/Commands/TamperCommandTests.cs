using System.Globalization;
using System.Text.Json;

namespace QuanTrac.Cli.Tests;

/// <summary><c>quantrac tamper (--data DIR | --db CONNECTION) --station S --from T --to T</c>.</summary>
public class TamperCommandTests
{
    static readonly DateTimeOffset Day = new(2025, 6, 1, 0, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task Tamper_SecondDayReplaysThreeHoursOfTheFirst_OneReplaySignalWithBothLanguages()
    {
        using var dir = new TempDir();
        var data = dir["data"];
        var files = dir["files"];
        Directory.CreateDirectory(files);
        var random = new Random(3);
        var values = new Dictionary<int, string>();
        for (var i = 1; i <= 576; i++)
        {
            var t = Day.AddMinutes(5 * i);
            // 10:05–13:00 of day 2 carry the values of day 1, record for record.
            var replayed = i > 288 + 120 && i <= 288 + 156;
            var value = replayed ? values[i - 288] : (60 + 10 * Math.Sin(i / 20.0) + random.NextDouble() * 4).ToString("F2", CultureInfo.InvariantCulture);
            values[i] = value;
            var stamp = t.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(files, $"HN_TAMP_NUO001_{stamp}.txt"), $"COD\t{value}\tmg/L\t{stamp}\t00\r\n");
        }
        File.WriteAllText(dir["stations.json"], """
            [{"prefix":"HN_TAMP_NUO001","nameVi":"Trạm nước thải","nameEn":"Wastewater station","type":"IndustrialWastewater","province":"HN",
              "facility":"TAMP","expectedInterval":"00:05:00","mappings":[{"rawName":"COD","parameterCode":"COD","factor":1}]}]
            """);
        (await QuantracProcess.RunAsync("stations", "import", "--data", data, dir["stations.json"])).ShouldExit(0);
        await Cli.IngestAsync(data, files);

        var result = (await QuantracProcess.RunAsync("tamper", "--data", data, "--station", "HN_TAMP_NUO001", "--from", "2025-06-02T00:00", "--to", "2025-06-03T00:00")).ShouldExit(0);

        using var json = result.Json();
        var signal = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(("replay", "COD", "2025-06-02T10:05:00+07:00", "2025-06-02T13:00:00+07:00"), (signal.GetProperty("kind").GetString(),
            signal.GetProperty("parameter").GetString(), signal.GetProperty("from").GetString(), signal.GetProperty("to").GetString()));
        Assert.Contains("1 ngày trước", signal.GetProperty("explanation").GetProperty("vi").GetString(), StringComparison.Ordinal);
        Assert.Contains("replayed", signal.GetProperty("explanation").GetProperty("en").GetString(), StringComparison.Ordinal);

        // Day 1 alone is clean.
        var clean = (await QuantracProcess.RunAsync("tamper", "--data", data, "--station", "HN_TAMP_NUO001", "--from", "2025-06-01T00:00", "--to", "2025-06-02T00:00")).ShouldExit(0);
        using var none = clean.Json();
        Assert.Equal(0, none.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Tamper_BadTimeOrUnknownStation_ClearErrors()
    {
        using var dir = new TempDir();
        var bad = (await QuantracProcess.RunAsync("tamper", "--data", dir["data"], "--station", "X", "--from", "hôm qua", "--to", "2025-06-02")).ShouldExit(2);
        Assert.Contains("is not a time", bad.Stderr, StringComparison.Ordinal);
        Assert.Contains("không phải thời điểm", bad.Stderr, StringComparison.Ordinal);
        var unknown = (await QuantracProcess.RunAsync("tamper", "--data", dir["data"], "--station", "X", "--from", "2025-06-01", "--to", "2025-06-02")).ShouldExit(1);
        Assert.Contains("No station 'X'", unknown.Stderr, StringComparison.Ordinal);
    }
}
