using QuanTrac.Domain.Quality;
using QuanTrac.Ingest.Simulation;
using QuanTrac.Ingest.Tests.Simulation;
using Xunit.Abstractions;

namespace QuanTrac.Ingest.Tests.Quality;

public class QcSimulationEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Evaluate_CleanSimulatedWeek_NoRuleFlagsMoreThanTwoPercent()
    {
        // Every fault probability 0 (pollution episodes stay: they are real signals QC must leave alone).
        var report = QcSimulationEvaluation.Run(SimFiles.NoAnomalies with { StationsPerType = 2, Days = 7, Seed = 3 });
        output.WriteLine(report.ToMarkdown());

        Assert.True(report.Values > 100_000);
        Assert.All(report.Scores, s => Assert.True(s.FlaggedShare <= 0.02, $"{s.Rule} flags {s.FlaggedShare:P2} of clean values."));
    }

    [Fact]
    public void Evaluate_SimulatedMonthWithFaults_RecallAndFalsePositivesPerRule()
    {
        var d = QcParameterSettings.Default;
        var report = QcSimulationEvaluation.Run(new SimulationOptions { StationsPerType = 5, Days = 30, Seed = 1 },
        [
            new("stuck, whole run", QcRule.Stuck, new QcRuleSet(d with { Stuck = d.Stuck with { FlagWholeRun = true } }, [])),
            new("spike, K = 5", QcRule.Spike, new QcRuleSet(d with { Spike = d.Spike with { K = 5 } }, [])),
        ]);
        output.WriteLine(report.ToMarkdown());

        var score = report.Scores.ToDictionary(s => s.Rule);
        Assert.True(score["device-status"].Recall >= 0.999);
        Assert.True(score["stuck"].Recall >= 0.6);
        Assert.True(score["stuck, whole run"].Recall >= 0.9);
        Assert.True(score["spike"].Recall >= 0.5);
        Assert.True(score["time"].Recall >= 0.99);
        Assert.All(report.Scores, s => Assert.True(s.FalsePositiveRate <= 0.02, $"{s.Rule}: false-positive rate {s.FalsePositiveRate:P2}."));
    }

    [Fact]
    public void Generate_WithFaultListener_SameBytesAsWithout()
    {
        var options = new SimulationOptions { StationsPerType = 1, Days = 2, Seed = 5 };
        var count = 0;

        var with = SimFiles.Digest(StationSimulator.Generate(options, _ => count++));

        Assert.Equal(SimFiles.Digest(StationSimulator.Generate(options)), with);
        Assert.True(count > 0);
    }
}
