using System.CommandLine;
using System.Globalization;
using QuanTrac.Domain.Standards.Air;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Domain.Standards.UsAqi;
using QuanTrac.Domain.Standards.VnAqi;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac aqi vn-index|nowcast|vn|us-index|us</c>: VN_AQI (Decision 1459/QĐ-TCMT, µg/m³) and US EPA AQI
/// (ppm / ppb / µg/m³) from the command line. Bad input: a bilingual message on stderr naming the row and
/// column, exit code 2.
/// </summary>
static class AqiCommand
{
    public static Command Create() => new("aqi", "Air quality index: VN_AQI and US AQI / Chỉ số chất lượng không khí")
    {
        IndexCommand("vn-index", "VN_AQI sub-index of one concentration (µg/m³) / Chỉ số phụ VN_AQI", us: false),
        NowCastCommand(),
        SeriesCommand("vn", "Hourly or daily VN_AQI from a CSV of hourly means (µg/m³) / VN_AQI giờ hoặc ngày", us: false),
        IndexCommand("us-index", "US AQI sub-index of one concentration (O3, CO ppm; SO2, NO2 ppb; PM µg/m³) / Chỉ số phụ US AQI", us: true),
        SeriesCommand("us", "Hourly or daily US AQI from a CSV of hourly means (EPA units) / US AQI giờ hoặc ngày", us: true),
        RollingCommand(),
    };

    /// <summary>
    /// <c>aqi rolling --input FILE.csv [--hours 8]</c>: the rolling means (label h = mean of the hourly means
    /// h−7 … h) behind the 8-hour O3 and CO columns, so they can be checked against the decision's examples.
    /// </summary>
    static Command RollingCommand()
    {
        var input = new Option<string>("--input") { Required = true, Description = "CSV time,parameter,value / Tệp CSV" };
        var hours = new Option<int>("--hours") { Description = "Window in hours (default 8) / Số giờ", DefaultValueFactory = _ => 8 };
        var command = new Command("rolling", "Rolling means of hourly means, e.g. 8-hour O3 / Trung bình trượt, ví dụ O3 8 giờ") { input, hours };
        command.SetAction(result =>
        {
            var window = result.GetValue(hours);
            if (window is < 1 or > 24)
                return Fail(FormattableString.Invariant($"--hours {window} must be between 1 and 24"), FormattableString.Invariant($"--hours {window} phải từ 1 đến 24"));
            if (ReadSeries(result.GetValue(input)!, out var error) is not { } series)
                return error;
            var rows = new List<(string Time, string Parameter, Aggregate Mean)>();
            foreach (var p in AirPollutants.DisplayOrder)
            {
                if (series.Values(p) is not { } values)
                    continue;
                var hourly = values.Select((v, i) => new TimedValue(series.LabelAt(i), v, v is not null));
                foreach (var a in Averages.Rolling(hourly, window))
                    rows.Add((a.End.ToString(AirCsv.TimeFormat, CultureInfo.InvariantCulture), AirPollutants.Code(p), a));
            }
            AqiJson.WriteRolling(rows);
            return 0;
        });
        return command;
    }

    static Command IndexCommand(string name, string description, bool us)
    {
        var parameter = new Option<string>("--parameter") { Required = true, Description = "PM2.5, PM10, O3, CO, SO2 or NO2 / Thông số" };
        var value = new Option<string>("--value") { Required = true, Description = "Concentration / Nồng độ" };
        var averaging = new Option<string?>("--averaging") { Description = "1h, 8h or 24h (default: 1h; US CO 8h) / Thời gian trung bình" };
        var command = new Command(name, description) { parameter, value, averaging };
        command.SetAction(result =>
        {
            var p = result.GetValue(parameter)!;
            if (!AirPollutants.TryParse(p, out var pollutant))
                return Fail($"unknown parameter '{p}'; expected PM2.5, PM10, O3, CO, SO2 or NO2", $"thông số không xác định '{p}'; cần PM2.5, PM10, O3, CO, SO2 hoặc NO2");
            // The contract of the index commands: a negative C is a value with no index (nulls), not an error;
            // NaN, ∞ and text are errors.
            if (!TryConcentration(result.GetValue(value)!, "--value", out var c, out var error, allowNegative: true))
                return error;
            var avgText = result.GetValue(averaging) ?? (us && pollutant == AirPollutant.CO ? "8h" : "1h");
            if (avgText.Trim().ToLowerInvariant() is not ("1h" or "8h" or "24h"))
                return Fail($"--averaging '{avgText}' must be 1h, 8h or 24h", $"--averaging '{avgText}' phải là 1h, 8h hoặc 24h");
            var hours = int.Parse(avgText.Trim()[..^1], CultureInfo.InvariantCulture);
            decimal? subIndex;
            if (us)
            {
                if (UsAqiSubIndex.ColumnFor(pollutant, hours) is not { } column)
                    return Fail($"{AirPollutants.Code(pollutant)} has no US AQI breakpoints for {avgText}", $"{AirPollutants.Code(pollutant)} không có bảng US AQI cho {avgText}");
                subIndex = UsAqiSubIndex.Compute(column, c);
            }
            else
            {
                if (VnAqiSubIndex.ColumnFor(pollutant, hours) is not { } column)
                    return Fail($"{AirPollutants.Code(pollutant)} has no VN_AQI column for {avgText}", $"{AirPollutants.Code(pollutant)} không có cột VN_AQI cho {avgText}");
                subIndex = VnAqiSubIndex.Compute(column, c);
            }
            AqiJson.WriteIndex(AirPollutants.Code(pollutant), c, subIndex);
            return 0;
        });
        return command;
    }

    static Command NowCastCommand()
    {
        var values = new Option<string>("--values") { Required = true, Description = "c1,…,c12, c1 = current hour, empty = missing / 12 giá trị giờ, c1 = giờ hiện tại" };
        var command = new Command("nowcast", "NowCast of 12 hourly PM means / NowCast của 12 giá trị trung bình giờ") { values };
        command.SetAction(result =>
        {
            var parts = result.GetValue(values)!.Split(',');
            if (parts.Length > NowCast.Hours)
                return Fail(FormattableString.Invariant($"--values holds {parts.Length} values; at most 12"), FormattableString.Invariant($"--values có {parts.Length} giá trị; tối đa 12"));
            var c = new decimal?[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                if (parts[i].Trim().Length == 0)
                    continue;
                if (!TryConcentration(parts[i], FormattableString.Invariant($"--values c{i + 1}"), out var x, out var error))
                    return error;
                c[i] = x;
            }
            // Displayed with 1 decimal, half away from zero (spec §5.1); the unrounded value feeds the index.
            var nowCast = NowCast.Compute(c);
            AqiJson.WriteNowCast(nowCast is { } n ? Math.Round(n, 1, MidpointRounding.AwayFromZero) : null);
            return 0;
        });
        return command;
    }

    static Command SeriesCommand(string name, string description, bool us)
    {
        var input = new Option<string>("--input") { Required = true, Description = "CSV time,parameter,value / Tệp CSV" };
        var daily = new Option<bool>("--daily") { Description = "Daily AQI (days 01:00 … 24:00) / AQI ngày" };
        var command = new Command(name, description) { input, daily };
        command.SetAction(result =>
        {
            if (ReadSeries(result.GetValue(input)!, out var error) is not { } series)
                return error;
            if (result.GetValue(daily))
            {
                var days = us ? UsAqiCalculator.AllDays(series) : VnAqiDaily.All(series);
                AqiJson.WriteResults("date", days.Select(d => (d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Result)));
            }
            else
            {
                var hours = us ? UsAqiCalculator.AllHours(series, AveragingSettings.Default) : VnAqiHourly.All(series);
                AqiJson.WriteResults("time", hours.Select((r, i) => (series.LabelAt(i).ToString(AirCsv.TimeFormat, CultureInfo.InvariantCulture), r)));
            }
            return 0;
        });
        return command;
    }

    /// <summary>Reads the CSV of hourly means; null and the exit code when the file or a row is bad (message already written).</summary>
    static HourlyAirSeries? ReadSeries(string path, out int error)
    {
        error = StandardsJson.BadInput;
        if (StandardsJson.ReadInput(path) is not { } text)
            return null;
        try
        {
            return AirCsv.Parse(text);
        }
        catch (TableInputException e)
        {
            error = StandardsJson.Fail(e);
            return null;
        }
    }

    static bool TryConcentration(string text, string where, out decimal value, out int error, bool allowNegative = false)
    {
        error = 0;
        var t = text.Trim();
        if (!CsvText.TryParseNumber(t, out value))
        {
            error = Fail($"{where}: '{t}' is not a finite number (decimal point '.')", $"{where}: '{t}' không phải số hữu hạn (dấu thập phân '.')");
            return false;
        }
        if (value < 0m && !allowNegative)
        {
            error = Fail($"{where}: '{t}' is negative; a concentration cannot be", $"{where}: '{t}' là số âm; nồng độ không thể âm");
            return false;
        }
        return true;
    }

    static int Fail(string english, string vietnamese) => StandardsJson.Fail(vietnamese, english);
}
