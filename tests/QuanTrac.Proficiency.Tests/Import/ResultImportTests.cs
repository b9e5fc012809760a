using System.Text;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Proficiency.Tests.Import;

/// <summary>Bad results sheets: a bilingual message naming the row and column, and nothing imported.</summary>
public sealed class ResultImportTests : IAsyncLifetime
{
    RoundFixture _f = null!;

    public async Task InitializeAsync()
    {
        _f = await RoundFixture.SqliteAsync();
        await _f.Rounds.CreateSchemeAsync("WAT", "Nước", "Water", minParticipantsForConsensus: 3);
        await _f.Rounds.CreateRoundAsync("R1", "WAT", "Round 1",
            [new("", "COD", "wastewater", "COD", "mg/L", new(PtAssignedMethod.Consensus, null, null, PtSigmaMethod.Percent, 5))]);
        await _f.EnrolAsync("R1", 4);
        // An earlier good import, which a failed one must leave untouched.
        await _f.Rounds.ImportResultsAsync("R1", "ok.csv", Csv("participant,value\nP01,50\nP02,51\nP03,49\n"));
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    async Task<TableInputException> Refused(string name, byte[] bytes)
    {
        var e = await Assert.ThrowsAsync<TableInputException>(() => _f.Rounds.ImportResultsAsync("R1", name, bytes));
        Assert.Equal(["P01", "P02", "P03"], (await _f.Pt.GetResultsAsync("R1")).Select(r => r.Participant));
        return e;
    }

    [Theory]
    [InlineData("participant,value\nP01,50\nP02,abc\nP03,49\n", 3, "value", "PT_VALUE_NOT_A_NUMBER")]
    [InlineData("participant,value\nP01,50\nP02,51\nP03,<LOD\n", 4, "value", "PT_CENSORED_WITHOUT_LIMIT")]
    [InlineData("participant,value\nP01,50\nP02,51\nP01,49\n", 4, "participant", "PT_DUPLICATE_PARTICIPANT")]
    [InlineData("participant,value\nP01,50\nP99,51\nP03,49\n", 3, "participant", "PT_UNKNOWN_PARTICIPANT")]
    [InlineData("participant,value,U\nP01,50,1\nP02,51,\nP03,49,\n", 2, "k", "PT_U_WITHOUT_K")]
    [InlineData("participant,value\nP01,50\nP02,1,5\nP03,49\n", 3, null, "CSV_FIELD_COUNT")]
    public async Task ImportResultsAsync_BadCsvRow_NamesRowAndColumnAndImportsNothing(string csv, int row, string? column, string code)
    {
        var e = await Refused("bad.csv", Csv(csv));

        Assert.Equal((row, column, code), (e.Row, e.Column, e.Problem.Code));
        Assert.StartsWith($"Dòng {row}", e.Message, StringComparison.Ordinal);
        Assert.Contains($" / Row {row}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportResultsAsync_TooFewNumericResultsForSStar_RefusedWithBothCounts()
    {
        var e = await Refused("few.csv", Csv("participant,value\nP01,50\nP02,<0.5\nP03,<0.5\n"));

        Assert.Equal("PT_TOO_FEW_RESULTS", e.Problem.Code);
        Assert.Contains("only 1 numeric result(s); at least 3 are needed", e.Problem.En, StringComparison.Ordinal);
        Assert.Contains("chỉ có 1 kết quả số", e.Problem.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportResultsAsync_BadXlsxRow_NamesTheWorksheetRow()
    {
        var xlsx = Workbooks.Sheet(["participant", "value"], [["P01", 50.0], ["P02", 51.0], ["P03", "50,5"], ["P04", 49.0]]);

        var e = await Refused("bad.xlsx", xlsx);

        Assert.Equal((4, "value"), (e.Row, e.Column));
        Assert.Contains("'50,5'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportResultsAsync_CensoredWithLimit_KeptAsReportedAndNotScored()
    {
        await _f.Rounds.ImportResultsAsync("R1", "r.csv", Csv("participant,value,method\nP01,50,A\nP02,51,A\nP03,49,A\nP04,< 0.5,B\n"));
        var results = await _f.Pt.GetResultsAsync("R1");
        Assert.Equal((null, "< 0.5", "B"), (results[3].Value, results[3].Censored, results[3].AnalyticalMethod));

        await _f.Rounds.ComputeAsync("R1");
        Assert.Equal(["P01", "P02", "P03"], (await _f.Pt.GetScoresAsync("R1")).Select(s => s.Participant));
    }

    [Fact]
    public async Task EnrolAsync_DuplicateLab_NamesTheRow()
    {
        var e = await Assert.ThrowsAsync<TableInputException>(() =>
            _f.Rounds.EnrolAsync("R1", "labs.csv", Csv("lab,participant\nLAB-X,P10\nLAB-X,P11\n")));
        Assert.Equal((3, "lab"), (e.Row, e.Column));
    }
}
