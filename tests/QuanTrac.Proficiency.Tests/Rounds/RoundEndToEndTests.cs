using System.Globalization;
using System.Text;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Domain.Statistics.ProficiencyTesting;
using QuanTrac.Proficiency.Reports;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Proficiency.Tests.Rounds;

/// <summary>A whole round through the services: scheme, 30 laboratories from XLSX, compute, publish, reports — in both stores.</summary>
public abstract class RoundEndToEndTests
{
    protected abstract Task<RoundFixture> CreateAsync();

    // 30 COD results around 50 mg/L, one gross outlier (P07) and one "<" result (P30); U with k = 2 except P05 (k = 3).
    static readonly double[] Values =
    [
        49.8, 50.6, 48.9, 51.2, 50.1, 49.5, 70.0, 50.9, 49.2, 50.4, 51.8, 48.6, 50.0, 49.9, 50.7,
        49.1, 50.3, 51.1, 48.8, 50.2, 49.6, 52.4, 47.9, 50.5, 49.7, 50.8, 49.4, 51.5, 48.4, 0,
    ];

    static byte[] ResultsWorkbook() => Workbooks.Sheet(["participant", "value", "U", "k", "method"],
        Values.Select<double, object?[]>((v, i) => [$"P{i + 1:00}", i == 29 ? "<0.5" : v, 2.0, i == 4 ? 3.0 : 2.0, "SMEWW 5220C"]));

    async Task<RoundFixture> RoundAsync()
    {
        var f = await CreateAsync();
        await f.Rounds.CreateSchemeAsync("WAT", "Nước thải 2026", "Wastewater 2026");
        await f.Rounds.CreateRoundAsync("WAT-R1", "WAT", "COD round 1",
            [new("", "COD", "wastewater", "COD", "mg/L", new(PtAssignedMethod.Consensus, null, null, PtSigmaMethod.Percent, 5, AllowedDeviation: 7.5))]);
        Assert.Equal(30, await f.EnrolAsync("WAT-R1", 30));
        return f;
    }

    [SkippableFact]
    public async Task Round_ThirtyLabsFromXlsx_ComputedPublishedAndReported()
    {
        await using var f = await RoundAsync();

        var import = await f.Rounds.ImportResultsAsync("WAT-R1", "results.xlsx", ResultsWorkbook());
        Assert.Equal(new ImportSummary("WAT-R1", 30, 29, 1), import);
        var m = Assert.Single(await f.Rounds.ComputeAsync("WAT-R1"));

        // The assigned value is Algorithm A over the 29 numeric results; u = 1.25 s*/√p; σ_pt = 5 % of x_pt.
        var robust = AlgorithmA.Estimate(Values[..29]);
        var a = m.Assignment!;
        Assert.Equal((robust.Location, robust.Scale, 29), (a.Assigned, a.UncertaintyAssigned / 1.25 * Math.Sqrt(29), a.P), Tuple3Comparer);
        Assert.Equal(0.05 * robust.Location, a.SigmaPt, 12);
        Assert.True(a.Negligible); // u ≈ 0.29 < 0.3·2.5

        var scores = await f.Pt.GetScoresAsync("WAT-R1");
        Assert.Equal(29, scores.Count);
        Assert.DoesNotContain(scores, s => s.Participant == "P30"); // kept as "<0.5", not scored
        var p07 = scores.Single(s => s.Participant == "P07");
        Assert.Equal((70.0 - a.Assigned) / a.SigmaPt, p07.Z, 12);
        Assert.Equal(("unsatisfactory", "z", "unsatisfactory"), (p07.Class, p07.ClassifiedOn, p07.DClass));
        // ζ uses the participant's own k: P05 reported U = 2 with k = 3.
        var p05 = scores.Single(s => s.Participant == "P05");
        Assert.Equal((50.1 - a.Assigned) / Math.Sqrt(Math.Pow(2.0 / 3, 2) + Math.Pow(a.UncertaintyAssigned, 2)), p05.Zeta!.Value, 12);
        Assert.Equal((50.1 - a.Assigned) / Math.Sqrt(4 + Math.Pow(2 * a.UncertaintyAssigned, 2)), p05.En!.Value, 12);

        var published = await f.Rounds.PublishAsync("WAT-R1");
        Assert.Equal((PtRoundStatus.Published, f.Time.GetUtcNow()), (published.Status, published.PublishedAt!.Value));
        var refused = await Assert.ThrowsAsync<PtSetupException>(() => f.Rounds.ImportResultsAsync("WAT-R1", "results.xlsx", ResultsWorkbook()));
        Assert.Contains("published", refused.Problem.En, StringComparison.Ordinal);
        await Assert.ThrowsAsync<PtSetupException>(() => f.Rounds.ComputeAsync("WAT-R1"));

        // The participant's report holds its own code and no other laboratory's code or identity.
        var own = await f.Rounds.ParticipantReportAsync("WAT-R1", "P07");
        var html = HtmlReport.Round(own);
        Assert.Contains(">P07<", html, StringComparison.Ordinal);
        foreach (var other in Enumerable.Range(1, 30).Where(i => i != 7))
            Assert.DoesNotContain(FormattableString.Invariant($"P{other:00}"), html, StringComparison.Ordinal);
        Assert.DoesNotContain("LAB-", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains(ReportText.Score(p07.Z), html, StringComparison.Ordinal);
        var ownCsv = CsvReport.Round(own);
        Assert.Equal(2, ownCsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("P01", ownCsv, StringComparison.Ordinal);
        var ownXlsx = Workbooks.Cells(XlsxReport.Round(own), "Điểm - Scores");
        Assert.Equal(["P07"], ownXlsx.Where(c => c.Key.Item2 == 2 && c.Key.Item1 > 1).Select(c => c.Value));
        Assert.Equal(29, own.Distribution["COD"].Count); // the chart still shows every numeric result, anonymously
    }

    [SkippableFact]
    public async Task Reports_RoundReport_CsvXlsxAndHtmlCarryTheStoredNumbers()
    {
        await using var f = await RoundAsync();
        await f.Rounds.ImportResultsAsync("WAT-R1", "results.xlsx", ResultsWorkbook());
        await f.Rounds.ComputeAsync("WAT-R1");
        var report = await f.Rounds.RoundReportAsync("WAT-R1");
        var scores = (await f.Pt.GetScoresAsync("WAT-R1")).ToDictionary(s => s.Participant);
        var a = report.Measurands[0].Assignment!;

        // CSV: full precision, parsed back equal.
        var csv = CsvText.Parse(CsvReport.Round(report));
        Assert.Equal(30, csv.Rows.Count);
        int Col(string name) => csv.Header.ToList().IndexOf(name);
        foreach (var (_, fields) in csv.Rows)
        {
            var code = fields[Col("participant")];
            Assert.Equal(a.Assigned, double.Parse(fields[Col("assigned")], CultureInfo.InvariantCulture));
            if (code == "P30")
            {
                Assert.Equal(("", "<0.5", ""), (fields[Col("value")], fields[Col("censored")], fields[Col("z")]));
                continue;
            }
            Assert.Equal(scores[code].Z, double.Parse(fields[Col("z")], CultureInfo.InvariantCulture));
            Assert.Equal(scores[code].En, double.Parse(fields[Col("En")], CultureInfo.InvariantCulture));
            Assert.Equal(scores[code].Class, fields[Col("class")]);
        }

        // XLSX: opens, the summary holds x_pt and the scores sheet z for every participant (Excel keeps 15 digits).
        var xlsx = XlsxReport.Round(report);
        var summary = Workbooks.Cells(xlsx, "Tổng quan - Summary");
        var xptRow = summary.Single(c => c.Key.Item2 == 1 && c.Value == "x_pt").Key.Item1;
        Assert.Equal(a.Assigned, double.Parse(summary[(xptRow, 2)], CultureInfo.InvariantCulture), 12);
        var sheet = Workbooks.Cells(xlsx, "Điểm - Scores");
        Assert.Equal("z", sheet[(1, 11)]);
        for (var row = 2; row <= 31; row++)
        {
            var code = sheet[(row, 2)];
            if (code == "P30")
                Assert.False(sheet.ContainsKey((row, 11)));
            else
                Assert.Equal(scores[code].Z, double.Parse(sheet[(row, 11)], CultureInfo.InvariantCulture), 12);
        }

        // HTML: every code, its z to 2 decimals, x_pt, print rules.
        var html = HtmlReport.Round(report);
        foreach (var s in scores.Values)
            Assert.Contains(FormattableString.Invariant($">{s.Participant}</td>"), html, StringComparison.Ordinal);
        Assert.Contains(ReportText.Value(a.Assigned), html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("&lt;0.5", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task History_TwoPublishedRoundsAndOneOpen_OnlyPublishedInOrder()
    {
        await using var f = await RoundAsync();
        await f.Rounds.ImportResultsAsync("WAT-R1", "results.xlsx", ResultsWorkbook());
        await f.Rounds.ComputeAsync("WAT-R1");
        await f.Rounds.PublishAsync("WAT-R1");
        f.Time.Advance(TimeSpan.FromDays(90));
        // Round 2: a reference value; LAB-007 is P03 there.
        await f.Rounds.CreateRoundAsync("WAT-R2", "WAT", "NH4 round 2",
            [new("", "NH4", "wastewater", "NH4", "mg/L", new(PtAssignedMethod.Reference, 9.0, 0.4, PtSigmaMethod.Fixed, 0.5))]);
        await f.Rounds.EnrolAsync("WAT-R2", "labs.csv", Encoding.UTF8.GetBytes("lab,participant\nLAB-007,P03\nLAB-001,P01\n"));
        await f.Rounds.ImportResultsAsync("WAT-R2", "r2.csv", Encoding.UTF8.GetBytes("participant,value,U,k\nP03,10.0,0.6,2\nP01,9.1,0.6,2\n"));
        await f.Rounds.ComputeAsync("WAT-R2");
        Assert.Single(await f.Rounds.HistoryAsync("LAB-007")); // round 2 not yet published
        await f.Rounds.PublishAsync("WAT-R2");

        var history = await f.Rounds.HistoryAsync("LAB-007");

        Assert.Equal([("WAT-R1", "P07"), ("WAT-R2", "P03")], history.Select(h => (h.Round, h.Participant)));
        // Spec T-S: E_n(x = 10.0, x_pt = 9.0, U(x) = 0.6, U(x_pt) = 0.8) = 1.0, satisfactory with the inclusive default.
        Assert.Equal((1.0, "satisfactory"), (history[1].Score!.En!.Value, history[1].Score!.EnClass));
        var csv = CsvText.Parse(CsvReport.History(history));
        Assert.Equal(2, csv.Rows.Count);
        var html = HtmlReport.History("LAB-007", history);
        Assert.Contains("WAT-R2", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    static readonly IEqualityComparer<(double, double, int)> Tuple3Comparer = new Within(1e-9);

    sealed class Within(double relative) : IEqualityComparer<(double, double, int)>
    {
        public bool Equals((double, double, int) x, (double, double, int) y) =>
            Close(x.Item1, y.Item1) && Close(x.Item2, y.Item2) && x.Item3 == y.Item3;

        bool Close(double a, double b) => Math.Abs(a - b) <= relative * Math.Max(Math.Abs(a), Math.Abs(b));

        public int GetHashCode((double, double, int) obj) => obj.Item3;
    }
}

public sealed class SqliteRoundEndToEndTests : RoundEndToEndTests
{
    protected override Task<RoundFixture> CreateAsync() => RoundFixture.SqliteAsync();
}

public sealed class PostgresRoundEndToEndTests : RoundEndToEndTests
{
    protected override Task<RoundFixture> CreateAsync() => RoundFixture.PostgresAsync();
}
