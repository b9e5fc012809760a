using System.Globalization;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;

namespace QuanTrac.Cli.Tests;

/// <summary>The stored PT workflow and station reference checks through the real <c>quantrac</c> process.</summary>
public sealed class PtRoundCommandTests : IDisposable
{
    readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    string Data => _dir["data"];

    Task<QuantracResult> Run(params string[] args) => QuantracProcess.RunAsync([.. args, "--data", Data]);

    string Write(string name, string text)
    {
        File.WriteAllText(_dir[name], text);
        return _dir[name];
    }

    // 30 results, P07 a gross outlier; written the way a provider's spreadsheet holds them (numbers as numbers).
    string ResultsXlsx(string name, Func<int, object>? value = null)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("Results");
        string[] header = ["participant", "value", "U", "k", "method"];
        for (var c = 0; c < header.Length; c++)
            ws.Cell(1, c + 1).Value = header[c];
        for (var i = 1; i <= 30; i++)
        {
            ws.Cell(i + 1, 1).Value = FormattableString.Invariant($"P{i:00}");
            var v = value?.Invoke(i) ?? (i == 7 ? 70.0 : 50 + ((i * 37) % 21 - 10) / 10.0);
            if (v is double d) ws.Cell(i + 1, 2).Value = d; else ws.Cell(i + 1, 2).SetValue(v.ToString());
            ws.Cell(i + 1, 3).Value = 2.0;
            ws.Cell(i + 1, 4).Value = 2.0;
            ws.Cell(i + 1, 5).Value = "SMEWW 5220C";
        }
        wb.SaveAs(_dir[name]);
        return _dir[name];
    }

    async Task SetUpRoundAsync()
    {
        (await Run("pt", "scheme", "create", "--code", "WAT", "--name-vi", "Nước thải 2026", "--name-en", "Wastewater 2026")).ShouldExit(0);
        (await Run("pt", "round", "create", "--scheme", "WAT", "--code", "WAT-R1", "--title", "COD round 1", "--measurand", "COD",
            "--matrix", "wastewater", "--unit", "mg/L", "--sigma", "percent", "--sigma-value", "5")).ShouldExit(0);
        var labs = new StringBuilder("lab,participant\n");
        for (var i = 1; i <= 30; i++)
            labs.Append(CultureInfo.InvariantCulture, $"LAB-{i:000},P{i:00}\n");
        (await Run("pt", "participants", "add", "--round", "WAT-R1", "--input", Write("labs.csv", labs.ToString()))).ShouldExit(0);
    }

    [Fact]
    public async Task PtRound_ThirtyLabsFromXlsx_ComputePublishAndOwnReportOnly()
    {
        await SetUpRoundAsync();

        using (var import = (await Run("pt", "results", "import", "--round", "WAT-R1", "--input", ResultsXlsx("results.xlsx"))).ShouldExit(0).Json())
            Assert.Equal(30, import.RootElement.GetProperty("numeric").GetInt32());
        using var computed = (await Run("pt", "round", "compute", "--round", "WAT-R1")).ShouldExit(0).Json();
        var m = computed.RootElement.GetProperty("measurands")[0];
        Assert.Equal(30, m.GetProperty("p").GetInt32());
        var assigned = m.GetProperty("assigned").GetDouble();
        Assert.Equal(0.05 * assigned, m.GetProperty("sigmaPt").GetDouble(), 12);
        Assert.Equal(1, computed.RootElement.GetProperty("classes").GetProperty("unsatisfactory").GetInt32()); // P07
        using (var published = (await Run("pt", "round", "publish", "--round", "WAT-R1")).ShouldExit(0).Json())
            Assert.Equal("published", published.RootElement.GetProperty("status").GetString());

        // The laboratory LAB-007 downloads its report: its code P07, no other code, its z.
        (await Run("pt", "report", "--round", "WAT-R1", "--lab", "LAB-007", "--format", "html", "--output", _dir["own.html"])).ShouldExit(0);
        var html = File.ReadAllText(_dir["own.html"]);
        Assert.Contains(">P07<", html, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 30).Where(i => i != 7), i => Assert.DoesNotContain(FormattableString.Invariant($"P{i:00}"), html, StringComparison.Ordinal));
        var z = (70.0 - assigned) / m.GetProperty("sigmaPt").GetDouble();
        Assert.Contains(z.ToString("F2", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);

        (await Run("pt", "report", "--round", "WAT-R1", "--format", "csv", "--output", _dir["round.csv"])).ShouldExit(0);
        var p07 = File.ReadAllLines(_dir["round.csv"]).Single(l => l.Contains(",P07,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(z, double.Parse(p07[16], CultureInfo.InvariantCulture), 12);
        (await Run("pt", "report", "--round", "WAT-R1", "--format", "xlsx", "--output", _dir["round.xlsx"])).ShouldExit(0);
        using (var wb = new XLWorkbook(_dir["round.xlsx"]))
            Assert.Equal(31, wb.Worksheet("Điểm - Scores").LastRowUsed().RowNumber());

        using var history = (await Run("pt", "history", "--lab", "LAB-007")).ShouldExit(0).Json();
        Assert.Equal(("WAT-R1", "P07", "unsatisfactory"), (history.RootElement[0].GetProperty("round").GetString(),
            history.RootElement[0].GetProperty("participant").GetString(), history.RootElement[0].GetProperty("class").GetString()));

        // Published: frozen.
        var refused = (await Run("pt", "results", "import", "--round", "WAT-R1", "--input", _dir["results.xlsx"])).ShouldExit(2);
        Assert.Contains("published and cannot change", refused.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PtResultsImport_LodWithoutLimitInXlsx_Exit2NamingTheRowAndNothingImported()
    {
        await SetUpRoundAsync();

        var bad = (await Run("pt", "results", "import", "--round", "WAT-R1", "--input", ResultsXlsx("bad.xlsx", i => i == 12 ? "<LOD" : 50.0 + i / 10.0))).ShouldExit(2);

        Assert.Contains("Dòng 13, cột 'value'", bad.Stderr, StringComparison.Ordinal);
        Assert.Contains("Row 13, column 'value': '<LOD' is a below-limit result without its limit", bad.Stderr, StringComparison.Ordinal);
        var compute = (await Run("pt", "round", "compute", "--round", "WAT-R1")).ShouldExit(2);
        Assert.Contains("has only 0 numeric result(s)", compute.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefcheckRecord_FailedPhCheck_QcFlagsTheStationsDataSinceTheLastPass()
    {
        var sim = _dir["sim"];
        (await QuantracProcess.RunAsync("simulate", "--out", sim, "--stations", "1", "--days", "1", "--start", "2025-06-01T00:00:00", "--seed", "7")).ShouldExit(0);
        (await Run("stations", "import", sim + ".stations.json")).ShouldExit(0);
        await Cli.IngestAsync(Data, sim);
        using (var before = (await Run("qc")).ShouldExit(0).Json())
            Assert.False(before.RootElement.GetProperty("byRule").TryGetProperty("reference-check", out _));

        var checks = Write("checks.csv", """
            station,analyser,parameter,certified,certified_u,lot,temperature,readings,operator,time
            SIM_F003_NUO001,SN-1,pH,7.00,0.02,LOT-1,25,7.01;7.03;6.99,Nguyễn Văn A,2025-06-01T06:00:00
            SIM_F003_NUO001,SN-1,pH,7.00,0.02,LOT-1,25,7.40;7.41;7.39,Nguyễn Văn A,2025-06-01T18:00:00
            """);
        using (var recorded = (await Run("refcheck", "record", "--input", checks)).ShouldExit(0).Json())
        {
            Assert.Equal((2, 1), (recorded.RootElement.GetProperty("recorded").GetInt32(), recorded.RootElement.GetProperty("failed").GetInt32()));
            Assert.False(recorded.RootElement.GetProperty("rows")[1].GetProperty("pass").GetBoolean());
        }
        using (var again = (await Run("refcheck", "record", "--input", checks)).ShouldExit(0).Json())
            Assert.Equal(2, again.RootElement.GetProperty("duplicates").GetInt32());
        // The failed check (the later one) raised one reference-check alarm; recording the file again raised nothing more.
        using (var alerts = (await Run("alerts", "list", "--kind", "reference-check")).ShouldExit(0).Json())
        {
            var alert = Assert.Single(alerts.RootElement.EnumerateArray());
            Assert.Equal(("SIM_F003_NUO001", "pH", "alarm", "open"), (alert.GetProperty("station").GetString(), alert.GetProperty("parameter").GetString(),
                alert.GetProperty("level").GetString(), alert.GetProperty("state").GetString()));
        }
        using (var summary = (await Run("refcheck", "summary")).ShouldExit(0).Json())
            Assert.Equal("1 trạm, 0 đạt / 1 stations, 0 passed", summary.RootElement.GetProperty("text").GetString());

        using var after = (await Run("qc")).ShouldExit(0).Json();
        // pH every 5 minutes from the pass at 06:00 to the end of the day: 18 h × 12 = 216 values (fewer if the simulator dropped some).
        var flagged = after.RootElement.GetProperty("byRule").GetProperty("reference-check").GetInt64();
        Assert.InRange(flagged, 150, 216);
        var export = (await Run("export", "--station", "SIM_F003_NUO001", "--parameter", "pH", "--from", "2025-06-01T06:00:00")).ShouldExit(0);
        Assert.Equal(export.Lines.Count(l => l.Length > 0) - 1, flagged);
    }
}
