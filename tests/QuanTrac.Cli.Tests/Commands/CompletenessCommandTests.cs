using System.Globalization;

namespace QuanTrac.Cli.Tests;

/// <summary><c>quantrac completeness (--data DIR | --db CONNECTION) --from D --to D</c>.</summary>
public class CompletenessCommandTests
{
    [Fact]
    public async Task Completeness_SimulatedDay_OneRowPerParameterAndDayWithCounts()
    {
        using var dir = new TempDir();
        var sim = dir["sim"];
        var data = dir["data"];
        (await QuantracProcess.RunAsync("simulate", "--out", sim, "--stations", "1", "--days", "1", "--start", "2025-06-01T00:00:00", "--seed", "7")).ShouldExit(0);
        (await QuantracProcess.RunAsync("stations", "import", "--data", data, sim + ".stations.json")).ShouldExit(0);
        var ingested = await Cli.IngestAsync(data, sim);

        var result = (await QuantracProcess.RunAsync("completeness", "--data", data, "--from", "2025-05-31", "--to", "2025-06-02")).ShouldExit(0);

        var lines = result.Lines;
        Assert.Equal("station,parameter,date,expected,received,valid,on_time", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.Equal("288", r[3]));
        int N(string[] r, int i) => int.Parse(r[i], CultureInfo.InvariantCulture);
        // Every record lands in exactly one day; the file stamped 00:00 closes 31 May (the days of the daily means).
        Assert.Equal(ingested.Records, rows.Sum(r => N(r, 4)));
        Assert.All(rows.Where(r => r[2] == "2025-05-31"), r => Assert.Equal(1, N(r, 4)));
        Assert.All(rows.Where(r => r[2] == "2025-06-01"), r => Assert.Equal(287, N(r, 4)));
        Assert.All(rows.Where(r => r[2] == "2025-06-02"), r => Assert.Equal(0, N(r, 4)));
        Assert.All(rows, r => Assert.InRange(N(r, 5), 0, N(r, 4)));
        Assert.True(rows.Sum(r => N(r, 5)) < ingested.Records, "the simulated faults make some values invalid");
        // Backfilled a year later: nothing arrived within the 6-minute delay.
        Assert.All(rows, r => Assert.Equal(0, N(r, 6)));

        var uptime = (await QuantracProcess.RunAsync("completeness", "--data", data, "--from", "2025-06-01", "--to", "2025-06-01", "--uptime")).ShouldExit(0);
        Assert.Equal("station,date,expected,up,uptime_percent", uptime.Lines[0]);
        Assert.Equal(4, uptime.Lines.Count - 1);

        var month = (await QuantracProcess.RunAsync("completeness", "--data", data, "--from", "2025-06-01", "--to", "2025-06-30", "--by", "month")).ShouldExit(0);
        Assert.All(month.Lines.Skip(1), l => Assert.Equal("8640", l.Split(',')[3]));
    }

    [Fact]
    public async Task Completeness_BadDate_Exit2Bilingual()
    {
        using var dir = new TempDir();
        var result = (await QuantracProcess.RunAsync("completeness", "--data", dir["data"], "--from", "25/03/2026", "--to", "2026-03-26")).ShouldExit(2);
        Assert.Contains("is not a date", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("không phải ngày", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }
}
