using System.Text;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Proficiency.Reports;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Proficiency.Tests.Rounds;

/// <summary>A round with two measurands: the sheet's <c>measurand</c> column, one computation each, both in the reports.</summary>
public sealed class MultiMeasurandRoundTests : IAsyncLifetime
{
    RoundFixture _f = null!;

    public async Task InitializeAsync()
    {
        _f = await RoundFixture.SqliteAsync();
        await _f.Rounds.CreateSchemeAsync("WAT", "Nước", "Water", minParticipantsForConsensus: 3);
        await _f.Rounds.CreateRoundAsync("R1", "WAT", "Round 1",
            [new("", "COD", "wastewater", "COD", "mg/L", new(PtAssignedMethod.Consensus, null, null, PtSigmaMethod.Fixed, 2))]);
        await _f.Rounds.AddMeasurandAsync(new("R1", "NH4", "wastewater", "NH4", "mg/L", new(PtAssignedMethod.Reference, 5.0, 0.05, PtSigmaMethod.Percent, 10)));
        await _f.EnrolAsync("R1", 3);
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task ImportAndCompute_TwoMeasurands_EachScoredAgainstItsOwnAssignedValue()
    {
        var csv = "participant,measurand,value\nP01,COD,50\nP02,COD,52\nP03,COD,48\nP01,NH4,5.5\nP02,NH4,<0.1\nP03,NH4,4.9\n";
        await _f.Rounds.ImportResultsAsync("R1", "r.csv", Encoding.UTF8.GetBytes(csv));

        var measurands = await _f.Rounds.ComputeAsync("R1");
        var scores = await _f.Pt.GetScoresAsync("R1");

        Assert.Equal([("COD", 3), ("NH4", 2)], measurands.Select(m => (m.Code, m.Assignment!.P)));
        Assert.Equal(50, measurands[0].Assignment!.Assigned, 12);
        Assert.Equal(0.5, measurands[1].Assignment!.SigmaPt, 12);
        Assert.Equal(1.0, scores.Single(s => s.Measurand == "NH4" && s.Participant == "P01").Z, 12);
        Assert.Equal(1.0, scores.Single(s => s.Measurand == "COD" && s.Participant == "P02").Z, 12);
        var html = HtmlReport.Round(await _f.Rounds.RoundReportAsync("R1"));
        Assert.Contains("NH4 — NH4 (mg/L)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportResultsAsync_NoMeasurandColumnInAMultiMeasurandRound_Refused()
    {
        var e = await Assert.ThrowsAsync<TableInputException>(() =>
            _f.Rounds.ImportResultsAsync("R1", "r.csv", Encoding.UTF8.GetBytes("participant,value\nP01,50\n")));
        Assert.Equal((1, "PT_COLUMN_MISSING"), (e.Row, e.Problem.Code));
    }
}
