using System.Globalization;
using System.Text.Json;

namespace QuanTrac.Cli.Tests;

/// <summary><c>quantrac alerts evaluate|list|ack|resolve (--data DIR | --db CONNECTION)</c>.</summary>
public class AlertsCommandTests
{
    static readonly DateTimeOffset Day = new(2025, 6, 1, 0, 0, 0, TimeSpan.FromHours(7));

    /// <summary>A wastewater station's day of 5-minute files: COD at 200 mg/L (over QCVN 40:2011 B × 0.9 = 135), TSS in device error.</summary>
    static void WriteDay(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var i = 1; i <= 288; i++)
        {
            var t = Day.AddMinutes(5 * i);
            var stamp = t.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(folder, $"HN_ALRT_NUO001_{stamp}.txt"),
                $"COD\t200.0\tmg/L\t{stamp}\t00\r\nTSS\t12.0\tmg/L\t{stamp}\t02\r\n");
        }
    }

    static JsonElement[] Array(QuantracResult result)
    {
        using var json = result.Json();
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    [Fact]
    public async Task Alerts_DayOfExceedancesAndDeviceErrors_OneAlertEachAndAFullLifecycle()
    {
        using var dir = new TempDir();
        var data = dir["data"];
        WriteDay(dir["files"]);
        File.WriteAllText(dir["stations.json"], """
            [{"prefix":"HN_ALRT_NUO001","nameVi":"Trạm nước thải","nameEn":"Wastewater station","type":"IndustrialWastewater","province":"HN",
              "facility":"ALRT","expectedInterval":"00:05:00","mappings":[{"rawName":"COD","parameterCode":"COD","factor":1},{"rawName":"TSS","parameterCode":"TSS","factor":1}]}]
            """);
        (await QuantracProcess.RunAsync("stations", "import", "--data", data, dir["stations.json"])).ShouldExit(0);
        await Cli.IngestAsync(data, dir["files"]);

        var first = Array((await QuantracProcess.RunAsync("alerts", "evaluate", "--data", data, "--now", "2025-06-02T00:30:00")).ShouldExit(0));
        // 24 exceeding hourly means and 276 records of a device-error streak: one alert each, nothing else.
        Assert.Equal(2, first.Length);
        var exceedance = first.Single(e => e.GetProperty("alert").GetProperty("kind").GetString() == "exceedance").GetProperty("alert");
        Assert.Equal(("COD", "alarm", "open", 200m, 135m), (exceedance.GetProperty("parameter").GetString(), exceedance.GetProperty("level").GetString(),
            exceedance.GetProperty("state").GetString(), exceedance.GetProperty("value").GetDecimal(), exceedance.GetProperty("limit").GetDecimal()));
        Assert.Contains("vượt giới hạn", exceedance.GetProperty("message").GetProperty("vi").GetString(), StringComparison.Ordinal);
        Assert.Contains("exceeds the limit", exceedance.GetProperty("message").GetProperty("en").GetString(), StringComparison.Ordinal);
        var device = first.Single(e => e.GetProperty("alert").GetProperty("kind").GetString() == "device-error").GetProperty("alert");
        Assert.Equal("TSS", device.GetProperty("parameter").GetString());

        // The same evaluation again (overlapping window): no change, no new alert.
        Assert.Empty(Array((await QuantracProcess.RunAsync("alerts", "evaluate", "--data", data, "--now", "2025-06-02T00:31:00")).ShouldExit(0)));
        var open = Array((await QuantracProcess.RunAsync("alerts", "list", "--data", data, "--state", "unresolved")).ShouldExit(0));
        Assert.Equal(2, open.Length);

        var id = exceedance.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        using (var ack = (await QuantracProcess.RunAsync("alerts", "ack", id, "--data", data, "--user", "an", "--note", "đã gọi nhà máy")).ShouldExit(0).Json())
            Assert.Equal(("acknowledged", "acknowledged", "an"), (ack.RootElement.GetProperty("change").GetString(),
                ack.RootElement.GetProperty("alert").GetProperty("state").GetString(), ack.RootElement.GetProperty("alert").GetProperty("acknowledgedBy").GetString()));
        (await QuantracProcess.RunAsync("alerts", "resolve", id, "--data", data, "--user", "binh")).ShouldExit(0);
        var again = (await QuantracProcess.RunAsync("alerts", "resolve", id, "--data", data, "--user", "binh")).ShouldExit(1);
        Assert.Contains("đã được đóng", again.Stderr, StringComparison.Ordinal);
        Assert.Single(Array((await QuantracProcess.RunAsync("alerts", "list", "--data", data, "--state", "resolved", "--kind", "exceedance")).ShouldExit(0)));
    }

    [Fact]
    public async Task Alerts_BadOptions_Exit2Bilingual()
    {
        using var dir = new TempDir();
        var bad = (await QuantracProcess.RunAsync("alerts", "evaluate", "--data", dir["data"], "--alert-approaching", "95")).ShouldExit(2);
        Assert.Contains("Ngưỡng cảnh báo", bad.Stderr, StringComparison.Ordinal);
        Assert.Contains("Alert levels", bad.Stderr, StringComparison.Ordinal);
        var state = (await QuantracProcess.RunAsync("alerts", "list", "--data", dir["data"], "--state", "later")).ShouldExit(2);
        Assert.Contains("must be open", state.Stderr, StringComparison.Ordinal);
        var unknown = (await QuantracProcess.RunAsync("alerts", "ack", "42", "--data", dir["data"], "--user", "an")).ShouldExit(1);
        Assert.Contains("No alert 42", unknown.Stderr, StringComparison.Ordinal);
    }
}
