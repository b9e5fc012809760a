using System.Text.Json;
using static QuanTrac.Cli.Tests.StandardsCli;

namespace QuanTrac.Cli.Tests;

/// <summary>
/// <c>quantrac wqi</c> through the real program: the worked example of spec/water-quality-index.md §10, the JSON
/// shape of the contract, settings and bad input.
/// </summary>
public class WqiCommandTests
{
    const string Header = "station,date,pH,Aldrin,BHC,Dieldrin,DDTs,Heptachlor,Heptachlorepoxide,As,Cd,Pb,Cr6,Cu,Zn,Hg,DO,T,BOD5,COD,TOC,N_NH4,N_NO3,N_NO2,P_PO4,Coliform,Ecoli";

    // §10: the sample of 29/02/2016 (reading A, Formula 3 → 20.484 → 20).
    const string WorkedRow = "S1,2016-02-29,8.88,0.021,0.048,0.047,0.052,,,0.021,0.004,0.009,0.007,0.001,0.074,0.002,7.095,25,8.28,23.253,17.855,0.163,0.93,0.18,0,1300,92";

    // Only pH: fewer than 3 groups and no group IV.
    const string SparseRow = "S2,2016-03-01,7,,,,,,,,,,,,,,,,,,,,,,,,";

    static readonly string[] RowKeys = ["wqi", "groups", "category", "warnings", "station", "date"];

    [Fact]
    public async Task Wqi_WorkedExampleAndSparseRow_20PoorThenNullWithWarningInInputOrder()
    {
        var json = Output(await StandardsCli.RunWithInputAsync($"{Header}\n{WorkedRow}\n{SparseRow}\n", "wqi"));

        var rows = json.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        var worked = rows[0];
        Assert.Equal(RowKeys, Keys(worked));
        Assert.Equal(20, worked.GetProperty("wqi").GetInt32());
        var groups = worked.GetProperty("groups");
        Assert.Equal(["I", "II", "III", "IV", "V"], Keys(groups));
        Assert.Equal([62m, 56.234m, 78.605m, 72.554m, 77m], groups.EnumerateObject().Select(g => g.Value.GetDecimal()));
        var category = worked.GetProperty("category");
        Assert.Equal(["vi", "en", "rgb"], Keys(category));
        Assert.Equal(("Kém", "255;0;0"), (category.GetProperty("vi").GetString(), category.GetProperty("rgb").GetString()));
        Assert.Empty(worked.GetProperty("warnings").EnumerateArray());
        Assert.Equal(("S1", "2016-02-29"), (worked.GetProperty("station").GetString(), worked.GetProperty("date").GetString()));

        var sparse = rows[1];
        Assert.Equal(RowKeys, Keys(sparse));
        Assert.Equal(JsonValueKind.Null, sparse.GetProperty("wqi").ValueKind);
        Assert.Equal(JsonValueKind.Null, sparse.GetProperty("category").ValueKind);
        var warning = Assert.Single(sparse.GetProperty("warnings").EnumerateArray());
        Assert.Equal(["code", "vi", "en"], Keys(warning));
        Assert.Equal("INSUFFICIENT_DATA", warning.GetProperty("code").GetString());
        Assert.Equal("S2", sparse.GetProperty("station").GetString());
    }

    [Fact]
    public async Task Wqi_WeightedFormula_WorkedExampleStill20()
    {
        // §10 note: Formula 5 gives 20.282, also 20.
        var json = Output(await StandardsCli.RunWithInputAsync($"{Header}\n{WorkedRow}\n", "wqi", "--formula", "weighted", "--reading", "A"));

        Assert.Equal(20, Assert.Single(json.EnumerateArray()).GetProperty("wqi").GetInt32());
    }

    [Fact]
    public async Task Wqi_ReadingB_HgScoresHigherSoGroupIIIRises()
    {
        // §10 note: under reading B, Hg 0.002 scores 50 instead of 25.
        var json = Output(await StandardsCli.RunWithInputAsync($"{Header}\n{WorkedRow}\n", "wqi", "--reading", "B"));

        Assert.True(Assert.Single(json.EnumerateArray()).GetProperty("groups").GetProperty("III").GetDecimal() > 78.605m);
    }

    [Theory]
    [InlineData("pH,COD\n7,-1\n", 2, "COD")]
    [InlineData("pH,COD\n7,NaN\n", 2, "COD")]
    [InlineData("pH,COD\n7,Infinity\n", 2, "COD")]
    [InlineData("pH,COD\n7,\"1,5\"\n", 2, "COD")]
    [InlineData("pH,COD\n15,1\n", 2, "pH")]
    [InlineData("pH,COD\n7,1\n7\n", 3, "COD")]
    [InlineData("pH,COD\n7,\"1\n", 2, "COD")]
    [InlineData("pH,wqi\n7,1\n", 1, "wqi")]
    public async Task Wqi_BadInput_Exit2NamingRowAndColumnInBothLanguages(string csv, int row, string column)
    {
        AssertRejected(await StandardsCli.RunWithInputAsync(csv, "wqi"), row, column);
    }

    [Fact]
    public async Task Wqi_UnknownFormula_NonZeroExit()
    {
        var result = await StandardsCli.RunWithInputAsync($"{Header}\n{WorkedRow}\n", "wqi", "--formula", "cube");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("cube", result.Stderr, StringComparison.Ordinal);
    }
}
