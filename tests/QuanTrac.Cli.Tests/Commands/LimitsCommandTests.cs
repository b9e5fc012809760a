using System.Text.Json;
using static QuanTrac.Cli.Tests.StandardsCli;

namespace QuanTrac.Cli.Tests;

/// <summary>
/// <c>quantrac limits check</c> through the real program: the Cmax examples of spec/regulatory-limits.md, the
/// PM2.5 24-h change of QCVN 05:2023 on 2026-01-01, the JSON shape of the contract, and bad input.
/// </summary>
public class LimitsCommandTests
{
    static readonly string[] ContractKeys = ["parameter", "value", "limit", "unit", "exceeded", "ratio"];

    static JsonElement Row(JsonElement array, string parameter) =>
        Assert.Single(array.EnumerateArray(), r => r.GetProperty("parameter").GetString() == parameter);

    [Theory]
    [InlineData("1.0", "1.0", 50, false)] // river, Q = 120 m³/s; F = 800 m³/day
    [InlineData("0.6", "1.2", 36, true)] // lake, V = 8 × 10⁶ m³; F = 40 m³/day
    public async Task Check_Qcvn40WorkedExample1_BodCmaxScaledPhExempt(string kq, string kf, int cmax, bool exceeded)
    {
        var json = Output(await StandardsCli.RunWithInputAsync("parameter,value\nBOD5,40\npH,9.5\n",
            "limits", "check", "--regulation", "QCVN40:2011", "--column", "B", "--kq", kq, "--kf", kf));

        var bod = Row(json, "BOD5");
        Assert.Equal(ContractKeys, Keys(bod).Take(ContractKeys.Length));
        Assert.Equal(40m, bod.GetProperty("value").GetDecimal());
        Assert.Equal(cmax, bod.GetProperty("limit").GetDecimal());
        Assert.Equal("mg/L", bod.GetProperty("unit").GetString());
        Assert.Equal(exceeded, bod.GetProperty("exceeded").GetBoolean());
        Assert.Equal(Math.Round(40m / cmax, 4), bod.GetProperty("ratio").GetDecimal());
        // pH is exempt: the column B range stays 5.5–9 whatever Kq and Kf are.
        var ph = Row(json, "pH").GetProperty("limit");
        Assert.Equal(["min", "max"], Keys(ph));
        Assert.Equal((5.5m, 9m), (ph.GetProperty("min").GetDecimal(), ph.GetProperty("max").GetDecimal()));
        Assert.True(Row(json, "pH").GetProperty("exceeded").GetBoolean());
    }

    [Theory]
    [InlineData("0.9", "1.0", 450, false)] // P = 50000 m³/h, industrial zone
    [InlineData("0.8", "0.8", 320, true)] // P = 150000 m³/h, within 2 km of a class-2 area
    public async Task Check_Qcvn19WorkedExample2_So2CmaxScaled(string kp, string kv, int cmax, bool exceeded)
    {
        var json = Output(await StandardsCli.RunWithInputAsync("parameter,value\nSO2,400\n",
            "limits", "check", "--regulation", "QCVN19:2009", "--column", "B", "--kp", kp, "--kv", kv));

        var so2 = Assert.Single(json.EnumerateArray());
        Assert.Equal(ContractKeys, Keys(so2).Take(ContractKeys.Length));
        Assert.Equal(cmax, so2.GetProperty("limit").GetDecimal());
        Assert.Equal("mg/Nm³", so2.GetProperty("unit").GetString());
        Assert.Equal(exceeded, so2.GetProperty("exceeded").GetBoolean());
    }

    [Theory]
    [InlineData("2025-12-31", 50, false)]
    [InlineData("2026-01-01", 45, true)]
    public async Task Check_Qcvn05Pm25TwentyFourHours_50Until2025Then45(string at, int limit, bool exceeded)
    {
        var json = Output(await StandardsCli.RunWithInputAsync("parameter,value\nPM2.5,47\n",
            "limits", "check", "--regulation", "QCVN05:2023", "--averaging", "24h", "--at", at));

        var pm = Assert.Single(json.EnumerateArray());
        Assert.Equal(ContractKeys, Keys(pm).Take(ContractKeys.Length));
        Assert.Equal((limit, "µg/m³", exceeded), ((int)pm.GetProperty("limit").GetDecimal(), pm.GetProperty("unit").GetString(), pm.GetProperty("exceeded").GetBoolean()));
    }

    [Fact]
    public async Task Check_UnitColumnInMilligrams_ConvertedBeforeTheComparison()
    {
        var json = Output(await StandardsCli.RunWithInputAsync("parameter,value,unit\nPM2.5,0.047,mg/m3\n",
            "limits", "check", "--regulation", "QCVN05:2023", "--averaging", "24h", "--at", "2026-02-01"));

        var pm = Assert.Single(json.EnumerateArray());
        Assert.True(pm.GetProperty("exceeded").GetBoolean());
        Assert.Equal(45m, pm.GetProperty("limit").GetDecimal());
    }

    [Theory]
    [InlineData("parameter,value\nPM3,1\n", 2, "parameter")]
    [InlineData("parameter,value\nPM10,-1\n", 2, "value")]
    [InlineData("parameter,value\nPM10,NaN\n", 2, "value")]
    [InlineData("parameter,value\nPM10,Infinity\n", 2, "value")]
    [InlineData("parameter,value,unit\nPM10,1,mg/L\n", 2, "unit")]
    [InlineData("parameter,value,unit\nPM10,1,furlongs\n", 2, "unit")]
    [InlineData("parameter,value\nPM10\n", 2, "value")]
    [InlineData("parameter,value\n\"PM10,1\n", 2, "parameter")]
    [InlineData("parameter\nPM10\n", 1, "value")]
    public async Task Check_BadCsv_Exit2NamingRowAndColumnInBothLanguages(string csv, int row, string column)
    {
        AssertRejected(await StandardsCli.RunWithInputAsync(csv,
            "limits", "check", "--regulation", "QCVN05:2023", "--averaging", "24h", "--at", "2026-02-01"), row, column);
    }

    [Theory]
    [InlineData("QCVN99:2020", "QCVN99:2020", "không xác định", "is unknown")]
    [InlineData("QCVN40:2011", "--kq", "cần", "needs")] // column B given, Kq and Kf missing
    public async Task Check_UnknownRegulationOrMissingCoefficients_Exit2InBothLanguages(string regulation, string offending, string vietnamese, string english)
    {
        var result = await StandardsCli.RunWithInputAsync("parameter,value\nBOD5,1\n", "limits", "check", "--regulation", regulation, "--column", "B");

        AssertRejectedOption(result, offending, vietnamese, english);
    }
}
