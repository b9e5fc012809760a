using System.Globalization;
using System.Text.Json;

namespace QuanTrac.Cli.Tests;

/// <summary><c>quantrac pt …</c> and <c>quantrac refcheck evaluate</c> as real processes: spec examples and bad input.</summary>
public sealed class PtCommandTests : IDisposable
{
    readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    string Write(string name, string text)
    {
        var path = _dir[name];
        File.WriteAllText(path, text);
        return path;
    }

    static void Near(double expected, JsonElement actual, double relative = 1e-9) =>
        Assert.True(Math.Abs(expected - actual.GetDouble()) <= relative * Math.Max(1, Math.Abs(expected)),
            string.Create(CultureInfo.InvariantCulture, $"expected {expected}, got {actual}"));

    const string Creosote = "24.140\n20.155\n19.500\n20.300\n20.705\n17.570\n20.100\n20.940\n21.185\n";

    [Fact]
    public async Task AlgorithmA_CreosoteDefault_FixedPoint()
    {
        var result = (await QuantracProcess.RunAsync("pt", "algorithm-a", "--input", Write("x.txt", Creosote))).ShouldExit(0);
        using var json = result.Json();
        var r = json.RootElement;
        Assert.Equal(["p", "xStar", "sStar", "iterations"], r.EnumerateObject().Select(p => p.Name));
        Assert.Equal(9, r.GetProperty("p").GetInt32());
        Near(20.412142857142854, r.GetProperty("xStar"));
        Near(1.0698397029558995, r.GetProperty("sStar"));
    }

    [Fact]
    public async Task AlgorithmA_CreosoteIso_SixIterations()
    {
        var result = (await QuantracProcess.RunAsync("pt", "algorithm-a", "--input", Write("x.txt", Creosote), "--stop", "iso")).ShouldExit(0);
        using var json = result.Json();
        Near(20.412129352082356, json.RootElement.GetProperty("xStar"));
        Near(1.0537132060382928, json.RootElement.GetProperty("sStar"));
        Assert.Equal(6, json.RootElement.GetProperty("iterations").GetInt32());
    }

    [Fact]
    public async Task AlgorithmA_SmallAndDegenerateSets_SpecValues()
    {
        using (var json = (await QuantracProcess.RunAsync("pt", "algorithm-a", "--input", Write("a.txt", "1.0\n3.0\n"))).ShouldExit(0).Json())
        {
            Near(2.0, json.RootElement.GetProperty("xStar"));
            Near(1.6037181797310898, json.RootElement.GetProperty("sStar"));
        }
        using (var json = (await QuantracProcess.RunAsync("pt", "algorithm-a", "--input", Write("b.txt", "5\n5\n5\n5\n6\n7\n9\n"))).ShouldExit(0).Json())
        {
            Near(5.82739717330819, json.RootElement.GetProperty("xStar"));
            Near(1.309588693233841, json.RootElement.GetProperty("sStar"));
        }
        var same = (await QuantracProcess.RunAsync("pt", "algorithm-a", "--input", Write("c.txt", "7\n7\n7\n"))).ShouldExit(0);
        using (var json = same.Json())
        {
            Assert.Equal(7, json.RootElement.GetProperty("xStar").GetDouble());
            Assert.Equal(0, json.RootElement.GetProperty("sStar").GetDouble());
        }
        Assert.Contains("s* = 0", same.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.2\n3.4\nabc\n", "Row 3", "not a finite number")]
    [InlineData("1.2\n<LOD\n3.4\n", "Row 2", "below/above-limit")]
    [InlineData("4.0\n", "Only 1 result", "s*")]
    [InlineData("", "Only 0 result", "s*")]
    public async Task AlgorithmA_BadInput_Exit2NamingTheRow(string text, string where, string what)
    {
        var result = (await QuantracProcess.RunAsync("pt", "algorithm-a", "--input", Write("bad.txt", text))).ShouldExit(2);
        Assert.Contains(where, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(what, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(" / ", result.Stderr, StringComparison.Ordinal); // Vietnamese and English
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task Scores_SpecCases_ScoresAndClasses()
    {
        // L01: E_n(10, 9, U = 0.6, U(x_pt) = 2·0.4) = 1 (boundary, satisfactory by default); ζ with u = U/k = 0.3.
        // L02: no uncertainty → ζ, E_n null. L03: the z-boundary-guard case in units of σ_pt = 1 is L04.
        var csv = Write("s.csv", "participant,value,U,k\nL01,10.0,0.6,2\nL02,12.0,,\nL03,9.0,0.45,3\n");
        var result = (await QuantracProcess.RunAsync("pt", "scores", "--input", csv, "--assigned", "9.0", "--sigma", "1", "--u-assigned", "0.4")).ShouldExit(0);
        using var json = result.Json();
        var rows = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(["participant", "z", "zPrime", "zeta", "En", "class"], rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("L01", rows[0].GetProperty("participant").GetString());
        Near(1, rows[0].GetProperty("z"));
        Near(1 / Math.Sqrt(1.16), rows[0].GetProperty("zPrime"));
        Near(2, rows[0].GetProperty("zeta"));
        Near(1, rows[0].GetProperty("En"));
        Assert.Equal("satisfactory", rows[0].GetProperty("class").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("zeta").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("En").ValueKind);
        Assert.Equal("questionable", rows[1].GetProperty("class").GetString()); // z′ = 3/√1.16 = 2.79
        Near(0, rows[2].GetProperty("zeta"));
    }

    [Fact]
    public async Task Scores_BoundaryGuard_DecimalLimitsHold()
    {
        var csv = Write("s.csv", "participant,value\nA,2.2\nB,0.3\n");
        using var json = (await QuantracProcess.RunAsync("pt", "scores", "--input", csv, "--assigned", "2.0", "--sigma", "0.1")).ShouldExit(0).Json();
        var a = json.RootElement[0];
        Assert.Equal("satisfactory", a.GetProperty("class").GetString());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("zPrime").ValueKind);
        using var json0 = (await QuantracProcess.RunAsync("pt", "scores", "--input", csv, "--assigned", "0", "--sigma", "0.1")).ShouldExit(0).Json();
        Assert.Equal("unsatisfactory", json0.RootElement[1].GetProperty("class").GetString());
    }

    [Fact]
    public async Task Scores_ZetaOneUncertaintyZero_Computed()
    {
        var csv = Write("s.csv", "participant,value,u,U,k\nA,1,0,,\nB,1,,0,2\n");
        using var json = (await QuantracProcess.RunAsync("pt", "scores", "--input", csv, "--assigned", "0", "--sigma", "1", "--u-assigned", "2", "--k-assigned", "1")).ShouldExit(0).Json();
        Near(0.5, json.RootElement[0].GetProperty("zeta"));
        Near(0.5, json.RootElement[1].GetProperty("En"));
    }

    [Theory]
    [InlineData("participant,value\nL01,1.0\nL02,2.0\nL01,3.0\n", "Row 4", "repeats row 2")]
    [InlineData("participant,value\nL01,1.0\nL02,<0.05\n", "Row 3", "below/above-limit")]
    [InlineData("participant,value\nL01,1.0\nL02,abc\n", "Row 3", "not a finite number")]
    [InlineData("participant,value,U\nL01,1.0,0.2\n", "Row 2", "coverage factor k")]
    public async Task Scores_BadInput_Exit2NamingTheRow(string csv, string where, string what)
    {
        var result = (await QuantracProcess.RunAsync("pt", "scores", "--input", Write("bad.csv", csv), "--assigned", "1", "--sigma", "1")).ShouldExit(2);
        Assert.Contains(where, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(what, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Dòng", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scores_BadSigma_Exit2()
    {
        var result = (await QuantracProcess.RunAsync("pt", "scores", "--input", Write("s.csv", "participant,value\nA,1\n"), "--assigned", "1", "--sigma", "0")).ShouldExit(2);
        Assert.Contains("--sigma", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Homogeneity_SpecExampleThreeReplicates()
    {
        var csv = Write("h.csv", "item,r1,r2,r3\nA,2,4,6\nB,4,6,8\nC,8,10,12\n");
        using var json = (await QuantracProcess.RunAsync("pt", "homogeneity", "--input", csv, "--sigma", "10")).ShouldExit(0).Json();
        var r = json.RootElement;
        Assert.Equal(["g", "m", "mean", "sx", "sw", "ss", "criterion", "pass", "expandedCriterion", "passExpanded"], r.EnumerateObject().Select(p => p.Name));
        Assert.Equal((3, 3), (r.GetProperty("g").GetInt32(), r.GetProperty("m").GetInt32()));
        Near(Math.Sqrt(28.0 / 3), r.GetProperty("sx"));
        Near(2, r.GetProperty("sw"));
        Near(Math.Sqrt(8), r.GetProperty("ss"));
        Near(3, r.GetProperty("criterion"));
        Assert.True(r.GetProperty("pass").GetBoolean());
        // √c with F1 = χ²_0.95(2)/2 = 2.995732…, F2 = (F_0.95(2, 6) − 1)/3 = (5.143253 − 1)/3.
        var f1 = 5.991464547107982 / 2;
        var f2 = (5.143252849784718 - 1) / 3;
        Near(Math.Sqrt(f1 * 9 + f2 * 4), r.GetProperty("expandedCriterion"), 1e-6);
    }

    [Fact]
    public async Task Homogeneity_DuplicatesTenItems_ExpandedUsesTableFactors()
    {
        var lines = string.Join('\n', Enumerable.Range(1, 10).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"T{i},{10 + 0.05 * (i % 4)},{10 + 0.05 * (i % 4) + (i % 2 == 0 ? 0.04 : -0.04)}")));
        using var json = (await QuantracProcess.RunAsync("pt", "homogeneity", "--input", Write("h.csv", "item,r1,r2\n" + lines + "\n"), "--sigma", "0.2")).ShouldExit(0).Json();
        var r = json.RootElement;
        var sw = r.GetProperty("sw").GetDouble();
        // Table B.1, g = 10: F1 = 1.88, F2 = 1.01 (2 decimals).
        var expected = Math.Sqrt(1.88 * 0.06 * 0.06 + 1.01 * sw * sw);
        Assert.True(Math.Abs(expected - r.GetProperty("expandedCriterion").GetDouble()) < 0.01 * expected);
    }

    [Theory]
    [InlineData("item,r1,r2\nA,1,2\nB,3,\n", "Row 3, column 'r2'", "missing")]
    [InlineData("item,r1,r2\nA,1,2\nB,3,<LOD\n", "Row 3, column 'r2'", "below/above-limit")]
    [InlineData("item,r1,r2\nA,1,2\nA,3,4\n", "Row 3", "repeats row 2")]
    [InlineData("item,r1,r2\nA,1,2\n", "Only 1 item", "at least 2")]
    public async Task Homogeneity_BadInput_Exit2NamingTheRow(string csv, string where, string what)
    {
        var result = (await QuantracProcess.RunAsync("pt", "homogeneity", "--input", Write("bad.csv", csv), "--sigma", "1")).ShouldExit(2);
        Assert.Contains(where, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(what, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refcheck_PhAndNh4_DefaultLimits()
    {
        var csv = Write("r.csv", "station,parameter,certified,readings\nHN_NT01,pH,7.00,7.10;7.15;7.05\nHN_NT02,pH,7.0,7.2\nHN_NT01,NH4+,10.0,10.4;10.6;10.5\nHP_NT03,NH4+,10.0,10.6;10.7;10.8\n");
        using var json = (await QuantracProcess.RunAsync("refcheck", "evaluate", "--input", csv)).ShouldExit(0).Json();
        var rows = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(["station", "parameter", "mean", "error", "limit", "pass"], rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("HN_NT01", "pH"), (rows[0].GetProperty("station").GetString(), rows[0].GetProperty("parameter").GetString()));
        Near(7.10, rows[0].GetProperty("mean"));
        Near(0.10, rows[0].GetProperty("error"));
        Near(0.2, rows[0].GetProperty("limit"));
        Assert.Equal([true, true, true, false], rows.Select(r => r.GetProperty("pass").GetBoolean()));
        Assert.Equal("NH4+", rows[2].GetProperty("parameter").GetString());
        Near(0.5, rows[2].GetProperty("limit"));
    }

    [Fact]
    public async Task Refcheck_ConfiguredLimits_Applied()
    {
        var csv = Write("r.csv", "station,parameter,certified,readings\nS1,pH,7.0,7.15\nS1,NH4+,10,10.8\n");
        using var json = (await QuantracProcess.RunAsync("refcheck", "evaluate", "--input", csv, "--ph-limit", "0.1", "--nh4-percent", "10")).ShouldExit(0).Json();
        Assert.False(json.RootElement[0].GetProperty("pass").GetBoolean());
        Assert.True(json.RootElement[1].GetProperty("pass").GetBoolean());
    }

    [Theory]
    [InlineData("station,parameter,certified,readings\nS1,pH,7,7.1;abc\n", "Row 2, column 'readings'")]
    [InlineData("station,parameter,certified,readings\nS1,COD,7,7.1\n", "Row 2, column 'parameter'")]
    [InlineData("station,parameter,certified,readings\nS1,pH,7,7.1\nS2,pH,7,15\n", "Row 3")]
    public async Task Refcheck_BadInput_Exit2NamingTheRow(string csv, string where)
    {
        var result = (await QuantracProcess.RunAsync("refcheck", "evaluate", "--input", Write("bad.csv", csv))).ShouldExit(2);
        Assert.Contains(where, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Dòng", result.Stderr, StringComparison.Ordinal);
    }
}
