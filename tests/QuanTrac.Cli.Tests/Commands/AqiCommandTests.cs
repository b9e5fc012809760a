using System.Globalization;
using System.Text;
using System.Text.Json;
using QuanTrac.TestKit;
using static QuanTrac.Cli.Tests.StandardsCli;

namespace QuanTrac.Cli.Tests;

/// <summary>
/// <c>quantrac aqi vn-index|nowcast|vn|us-index|us</c> through the real program: the worked examples of
/// spec/air-quality-index.md §14, the JSON shapes of the contract, and bad input.
/// </summary>
public class AqiCommandTests
{
    static readonly string[] IndexKeys = ["parameter", "value", "subIndex", "rounded"];
    static readonly string[] HourKeys = ["time", "aqi", "mainPollutant", "subIndices", "category"];
    static readonly string[] DayKeys = ["date", "aqi", "mainPollutant", "subIndices", "category"];
    static readonly string[] SubIndexKeys = ["PM2.5", "PM10", "O3", "CO", "SO2", "NO2"];
    static readonly string[] CategoryKeys = ["vi", "en", "rgb"];

    // §14 (c): hourly O3 from 18:00 of day D−1 to 00:00 that closes day D (labels hour-ending).
    static readonly decimal[] O3EighteenToMidnight =
    [
        15.7m, 14.2m, 17.7m, 18.9m, 19.3m, 15.7m, 19.7m,
        22.6m, 27.1m, 29.0m, 31.9m, 25.3m, 34.7m, 35.2m, 41.6m, 45.7m, 49.2m, 55.8m, 69.6m,
        78.3m, 91.5m, 97.7m, 81.2m, 71.8m, 43.5m, 34.3m, 21.5m, 20.5m, 19.4m, 20.4m, 21.3m,
    ];

    static void AssertResultShape(JsonElement r, string[] keys)
    {
        Assert.Equal(keys, Keys(r));
        Assert.Equal(SubIndexKeys, Keys(r.GetProperty("subIndices")));
        foreach (var s in r.GetProperty("subIndices").EnumerateObject())
            Assert.Contains(s.Value.ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
        if (r.GetProperty("category").ValueKind != JsonValueKind.Null)
            Assert.Equal(CategoryKeys, Keys(r.GetProperty("category")));
    }

    [Fact]
    public async Task NowCast_WorkedExample_Is20Point3()
    {
        // c1 = the current hour (20:00), c12 = 09:00.
        var values = string.Join(',', AirQualityWorkedExamples.Pm25NineToEight.Reverse().Select(v => v.ToString(CultureInfo.InvariantCulture)));

        var json = Output(await QuantracProcess.RunAsync("aqi", "nowcast", "--values", values));

        Assert.Equal(["nowcast"], Keys(json));
        Assert.Equal(20.3m, json.GetProperty("nowcast").GetDecimal());
    }

    [Fact]
    public async Task NowCast_CurrentHoursMissing_IsNull()
    {
        // 2-of-3 rule: only one of the three most recent hours is present.
        var json = Output(await QuantracProcess.RunAsync("aqi", "nowcast", "--values", ",,20,20,20,20,20,20,20,20,20,20"));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("nowcast").ValueKind);
    }

    [Theory]
    [InlineData("O3", "136.1", "1h", "42.53125", 43)] // §14 (b)
    [InlineData("NO2", "118.7", "1h", "59.35", 59)] // §14 (b): 59, not the printed 60
    [InlineData("PM2.5", "20.3", "1h", "40.6", 41)] // §14 (b), NowCast as input
    [InlineData("O3", "89.3", "8h", "44.65", 45)] // §14 (d)
    [InlineData("O3", "114.6", "1h", "35.8125", 36)] // §14 (d)
    [InlineData("NO2", "130.8", "1h", "65.4", 65)] // §14 (d)
    [InlineData("PM2.5", "55.7", "24h", "109.5", 110)] // §14 (d)
    [InlineData("O3", "74.3875", "8h", "37.19375", 37)] // §14 (c): the daily maximum 8-h mean
    public async Task VnIndex_WorkedExampleRows_UnroundedAndRoundedSubIndex(string parameter, string value, string averaging, string subIndex, int rounded)
    {
        var json = Output(await QuantracProcess.RunAsync("aqi", "vn-index", "--parameter", parameter, "--value", value, "--averaging", averaging));

        Assert.Equal(IndexKeys, Keys(json));
        Assert.Equal(parameter, json.GetProperty("parameter").GetString());
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), json.GetProperty("value").GetDecimal());
        Assert.Equal(decimal.Parse(subIndex, CultureInfo.InvariantCulture), json.GetProperty("subIndex").GetDecimal());
        Assert.Equal(rounded, json.GetProperty("rounded").GetInt32());
    }

    [Theory]
    [InlineData("O3", "400.1", "8h")] // the 8-h sub-index is dropped above 400 µg/m³
    [InlineData("PM10", "-1", "24h")] // a negative concentration has no index (not an error)
    public async Task VnIndex_NoIndexExists_BothNullExit0(string parameter, string value, string averaging)
    {
        var json = Output(await QuantracProcess.RunAsync("aqi", "vn-index", "--parameter", parameter, "--value", value, "--averaging", averaging));

        Assert.Equal(IndexKeys, Keys(json));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("subIndex").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("rounded").ValueKind);
    }

    [Fact]
    public async Task UsIndex_O3EightHourInPpm_SameShape()
    {
        // EPA 2024: O3 8-h 0.055–0.070 ppm → 51–100; 0.070 is the top of the band.
        var json = Output(await QuantracProcess.RunAsync("aqi", "us-index", "--parameter", "O3", "--value", "0.070", "--averaging", "8h"));

        Assert.Equal(IndexKeys, Keys(json));
        Assert.Equal(100m, json.GetProperty("subIndex").GetDecimal());
        Assert.Equal(100, json.GetProperty("rounded").GetInt32());
    }

    [Fact]
    public async Task Vn_HourlyWorkedExample_LastHourIs59WithNo2()
    {
        var json = Output(await StandardsCli.RunWithInputAsync(AirQualityWorkedExamples.HourlyCsv(), "aqi", "vn"));

        var hours = json.EnumerateArray().ToList();
        Assert.Equal(12, hours.Count);
        Assert.All(hours, h => AssertResultShape(h, HourKeys));
        Assert.Equal("2026-03-10 09:00", hours[0].GetProperty("time").GetString());
        var last = hours[^1];
        Assert.Equal("2026-03-10 20:00", last.GetProperty("time").GetString());
        Assert.Equal(59, last.GetProperty("aqi").GetInt32());
        Assert.Equal("NO2", last.GetProperty("mainPollutant").GetString());
        var sub = last.GetProperty("subIndices");
        Assert.Equal((41, 43, 59), (sub.GetProperty("PM2.5").GetInt32(), sub.GetProperty("O3").GetInt32(), sub.GetProperty("NO2").GetInt32()));
        Assert.Equal(JsonValueKind.Null, sub.GetProperty("PM10").ValueKind);
        var category = last.GetProperty("category");
        Assert.Equal(("Trung bình", "Moderate", "255;255;0"),
            (category.GetProperty("vi").GetString(), category.GetProperty("en").GetString(), category.GetProperty("rgb").GetString()));
    }

    [Fact]
    public async Task VnDaily_WorkedExample_Is110WithPm25()
    {
        var json = Output(await StandardsCli.RunWithInputAsync(AirQualityWorkedExamples.DailyCsv(), "aqi", "vn", "--daily"));

        var day = Assert.Single(json.EnumerateArray());
        AssertResultShape(day, DayKeys);
        Assert.Equal("2026-03-10", day.GetProperty("date").GetString());
        Assert.Equal(110, day.GetProperty("aqi").GetInt32());
        Assert.Equal("PM2.5", day.GetProperty("mainPollutant").GetString());
        var sub = day.GetProperty("subIndices");
        Assert.Equal((110, 45, 65), (sub.GetProperty("PM2.5").GetInt32(), sub.GetProperty("O3").GetInt32(), sub.GetProperty("NO2").GetInt32()));
        Assert.Equal("Kém", day.GetProperty("category").GetProperty("vi").GetString());
    }

    [Fact]
    public async Task VnDaily_O3EightHourSeries_O3SubIndexFromMaximum74Point4()
    {
        // §14 (c): the maximum 8-h mean of day D is 74.3875 (label 17:00) → 8-h column 37.19 → 37, above the
        // 1-h column (max 97.7 → 30.53 → 31). The command prints sub-indices, not means: 37 is what it can show.
        var csv = new StringBuilder("time,parameter,value\n");
        var start = new DateTime(2026, 3, 9, 18, 0, 0);
        for (var h = 0; h < O3EighteenToMidnight.Length; h++)
            csv.Append(CultureInfo.InvariantCulture, $"{start.AddHours(h):yyyy-MM-dd HH:mm},O3,{O3EighteenToMidnight[h]}\n");

        var json = Output(await StandardsCli.RunWithInputAsync(csv.ToString(), "aqi", "vn", "--daily"));

        var day = Assert.Single(json.EnumerateArray(), d => d.GetProperty("date").GetString() == "2026-03-10");
        AssertResultShape(day, DayKeys);
        Assert.Equal(37, day.GetProperty("subIndices").GetProperty("O3").GetInt32());
        // PM is mandatory: no PM, no AQI.
        Assert.Equal(JsonValueKind.Null, day.GetProperty("aqi").ValueKind);
        Assert.Equal(JsonValueKind.Null, day.GetProperty("category").ValueKind);
    }

    [Fact]
    public async Task Rolling_O3EightHourSeries_MaximumIs74Point4At1700()
    {
        // §14 (c) printed: the 8-h means of day D, maximum 74.4 at 17:00 (exact 74.3875).
        var csv = new StringBuilder("time,parameter,value\n");
        var start = new DateTime(2026, 3, 9, 18, 0, 0);
        for (var h = 0; h < O3EighteenToMidnight.Length; h++)
            csv.Append(CultureInfo.InvariantCulture, $"{start.AddHours(h):yyyy-MM-dd HH:mm},O3,{O3EighteenToMidnight[h]}\n");

        var json = Output(await StandardsCli.RunWithInputAsync(csv.ToString(), "aqi", "rolling", "--hours", "8"));

        var dayD = json.EnumerateArray().Where(r => r.GetProperty("valid").GetBoolean()
            && string.CompareOrdinal(r.GetProperty("time").GetString(), "2026-03-10 01:00") >= 0).ToList();
        var max = dayD.MaxBy(r => r.GetProperty("mean").GetDecimal());
        Assert.Equal("2026-03-10 17:00", max.GetProperty("time").GetString());
        Assert.Equal(74.4m, Math.Round(max.GetProperty("mean").GetDecimal(), 1, MidpointRounding.AwayFromZero));
        Assert.Equal(74.3875m, max.GetProperty("mean").GetDecimal());
    }

    [Fact]
    public async Task Us_HourlyPm25_NowCastTruncatedThenIndexed()
    {
        var json = Output(await StandardsCli.RunWithInputAsync(AirQualityWorkedExamples.NowCastCsv(), "aqi", "us"));

        var last = json.EnumerateArray().Last();
        AssertResultShape(last, HourKeys);
        // NowCast 20.2658 → truncated 20.2 → 51 + 49 × (20.2 − 9.1) / 26.3 = 71.68 → 72.
        Assert.Equal(72, last.GetProperty("aqi").GetInt32());
        Assert.Equal("Moderate", last.GetProperty("category").GetProperty("en").GetString());
    }

    [Theory]
    [InlineData("time,parameter,value\n2026-03-10 01:00,XYZ,1\n", 2, "parameter")]
    [InlineData("time,parameter,value\n2026-03-10 01:00,PM2.5,NaN\n", 2, "value")]
    [InlineData("time,parameter,value\n2026-03-10 01:00,PM2.5,Infinity\n", 2, "value")]
    [InlineData("time,parameter,value\n2026-03-10 01:00,PM2.5,-∞\n", 2, "value")]
    [InlineData("time,parameter,value\n2026-03-10 01:00,PM2.5,1\n2026-03-10 02:00,PM2.5,-3\n", 3, "value")]
    [InlineData("time,parameter,value\n2026-03-10 01:00,PM2.5,\"1,5\"\n", 2, "value")] // decimal comma
    [InlineData("time,parameter,value\n10/03/2026 01:00,PM2.5,1\n", 2, "time")]
    [InlineData("time,parameter,value\n2026-03-10 01:00,PM2.5\n", 2, "value")]
    [InlineData("time,parameter,value\n2026-03-10 01:00,\"PM2.5,1\n", 2, "parameter")]
    [InlineData("time,param,value\n", 1, "header")]
    public async Task Vn_BadCsv_Exit2NamingRowAndColumnInBothLanguages(string csv, int row, string column)
    {
        AssertRejected(await StandardsCli.RunWithInputAsync(csv, "aqi", "vn"), row, column);
    }

    [Theory]
    [InlineData("XYZ", "1", "XYZ", "không xác định", "unknown parameter")]
    [InlineData("PM10", "NaN", "--value", "không phải số hữu hạn", "is not a finite number")]
    [InlineData("PM10", "Infinity", "--value", "không phải số hữu hạn", "is not a finite number")]
    [InlineData("PM10", "12,5", "--value", "không phải số hữu hạn", "is not a finite number")]
    public async Task VnIndex_BadParameterOrValue_Exit2InBothLanguages(string parameter, string value, string offending, string vietnamese, string english)
    {
        AssertRejectedOption(await QuantracProcess.RunAsync("aqi", "vn-index", "--parameter", parameter, "--value", value),
            offending, vietnamese, english);
    }

    [Fact]
    public async Task NowCast_NegativeValue_Exit2NamingTheHour()
    {
        AssertRejectedOption(await QuantracProcess.RunAsync("aqi", "nowcast", "--values", "20,-4,20"), "--values c2", "số âm", "negative");
    }

    [Fact]
    public async Task Vn_MissingInputFile_Exit2InBothLanguages()
    {
        using var dir = new TempDir();
        AssertRejectedOption(await QuantracProcess.RunAsync("aqi", "vn", "--input", dir["absent.csv"]), "absent.csv", "Không đọc được", "could not be read");
    }
}
