using System.Globalization;
using QuanTrac.Domain.Standards.Air;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Domain.Standards.UsAqi;
using QuanTrac.Domain.Standards.VnAqi;
using QuanTrac.TestKit;

namespace QuanTrac.Domain.Tests.Standards.Air;

/// <summary>The CSV path of <c>quantrac aqi vn|us</c>, in process: text → series → results.</summary>
public class AirCsvTests
{
    [Fact]
    public void Parse_HourlyWorkedExample_LastHourIs59WithNo2()
    {
        var series = AirCsv.Parse(AirQualityWorkedExamples.HourlyCsv());
        var last = VnAqiHourly.All(series)[^1];
        Assert.Equal("2026-03-10 20:00", series.LabelAt(series.Hours - 1).ToString(AirCsv.TimeFormat, CultureInfo.InvariantCulture));
        Assert.Equal(59, last.Aqi);
        Assert.Equal(AirPollutant.NO2, last.MainPollutant);
        Assert.Equal(41, last.RoundedSubIndex(AirPollutant.PM25));
        Assert.Equal(43, last.RoundedSubIndex(AirPollutant.O3));
    }

    [Fact]
    public void Parse_DailyWorkedExample_Is110WithPm25()
    {
        var (day, r) = Assert.Single(VnAqiDaily.All(AirCsv.Parse(AirQualityWorkedExamples.DailyCsv())));
        Assert.Equal(new DateOnly(2026, 3, 10), day);
        Assert.Equal(110, r.Aqi);
        Assert.Equal(AirPollutant.PM25, r.MainPollutant);
        Assert.Equal(45, r.RoundedSubIndex(AirPollutant.O3));
        Assert.Equal(65, r.RoundedSubIndex(AirPollutant.NO2));
    }

    [Theory]
    [InlineData("time,parameter,value\n2026-03-10 01:00,XYZ,1\n", 2, "parameter")]
    [InlineData("time,parameter,value\n2026-03-10 01:00,PM2.5,NaN\n", 2, "value")]
    [InlineData("time,parameter,value\n2026-03-10 01:00,PM2.5,Infinity\n", 2, "value")]
    [InlineData("time,parameter,value\n2026-03-10 01:00,PM2.5,1\n2026-03-10 02:00,PM2.5,-3\n", 3, "value")]
    [InlineData("time,parameter,value\n10/03/2026 01:00,PM2.5,1\n", 2, "time")]
    [InlineData("time,parameter,value\n2026-03-10 01:05,PM2.5,1\n", 2, "time")]
    [InlineData("time,parameter,value\n2026-03-10 01:00,PM2.5\n", 2, "value")]
    [InlineData("time,param,value\n", 1, "header")]
    [InlineData("", 1, "header")]
    [InlineData("time,parameter,value\n2026-03-10 01:00,PM2.5,1\n2026-03-10 01:00,PM2.5,2\n", 3, "parameter")]
    [InlineData("time,parameter,value\n2026-03-10 01:00,\"PM2.5,1\n", 2, "parameter")]
    public void Parse_BadInput_NamesRowAndColumnInBothLanguages(string csv, int row, string column)
    {
        var e = Assert.Throws<TableInputException>(() => AirCsv.Parse(csv));
        Assert.Equal(row, e.Row);
        Assert.Equal(column, e.Column);
        Assert.Contains("Dòng", e.Message, StringComparison.Ordinal);
        Assert.Contains("Row", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_QuotedFieldsBlankLinesEmptyValues_Accepted()
    {
        var series = AirCsv.Parse("\uFEFFtime,parameter,value\n\n\"2026-03-10 01:00\",\"PM2,5\",12.5\n2026-03-10 03:00,PM10,\n");
        Assert.Equal(3, series.Hours);
        Assert.Equal(12.5m, series.At(AirPollutant.PM25, 0));
        Assert.Null(series.At(AirPollutant.PM10, 2));
    }

    [Fact]
    public void UsHourly_Pm25NowCast_TruncatedThenIndexed()
    {
        var last = UsAqiCalculator.AllHours(AirCsv.Parse(AirQualityWorkedExamples.NowCastCsv()))[^1];
        // NowCast 20.2658 → truncated 20.2 → 51 + 49 × (20.2 − 9.1) / 26.3 = 71.68 → 72.
        Assert.Equal(72, last.Aqi);
        Assert.Equal("Moderate", last.Category!.NameEn);
    }
}
