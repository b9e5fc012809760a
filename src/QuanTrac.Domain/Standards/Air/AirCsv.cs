using System.Globalization;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Domain.Time;

namespace QuanTrac.Domain.Standards.Air;

/// <summary>
/// Reads the long CSV of hourly means that the <c>aqi vn</c> and <c>aqi us</c> commands take:
/// header <c>time,parameter,value</c>, <c>time</c> an hour-ending Vietnam-local label <c>yyyy-MM-dd HH:mm</c>
/// (minutes 00), <c>parameter</c> one of PM2.5, PM10, O3, CO, SO2, NO2, <c>value</c> the hourly mean (empty =
/// missing). The text is split by the shared <see cref="CsvText"/> reader. Text in, series out: no I/O.
/// </summary>
public static class AirCsv
{
    /// <summary>The time format of the <c>time</c> column.</summary>
    public const string TimeFormat = "yyyy-MM-dd HH:mm";

    static readonly string[] Header = ["time", "parameter", "value"];

    /// <summary>
    /// Parses the CSV into an hourly series. Throws <see cref="TableInputException"/> naming the row and column for a
    /// wrong header, a wrong field count, a bad time, an unknown parameter, a value that is not a finite
    /// non-negative number, or a repeated (time, parameter).
    /// </summary>
    public static HourlyAirSeries Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.TrimStart('\uFEFF').Trim().Length == 0)
            throw new TableInputException(1, "header", new("CSV_EMPTY",
                "Tệp rỗng; cần dòng tiêu đề time,parameter,value.", "The file is empty; the header time,parameter,value is needed."));
        var table = CsvText.Parse(text);
        if (!table.Header.SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
            throw new TableInputException(1, "header", new("AIR_CSV_HEADER",
                "Dòng tiêu đề phải là time,parameter,value.", "The header must be time,parameter,value."));

        var rows = new List<(DateTimeOffset, AirPollutant, decimal)>();
        var seen = new HashSet<(DateTimeOffset, AirPollutant)>();
        DateTimeOffset? first = null, last = null;
        foreach (var (row, fields) in table.Rows)
        {
            var timeText = fields[0].Trim();
            if (!DateTime.TryParseExact(timeText, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                throw new TableInputException(row, "time", new("TIME_FORMAT",
                    $"'{timeText}' không phải thời điểm dạng yyyy-MM-dd HH:mm.", $"'{timeText}' is not a time in the form yyyy-MM-dd HH:mm."));
            if (local.Minute != 0)
                throw new TableInputException(row, "time", new("TIME_NOT_HOUR",
                    $"'{timeText}' không phải nhãn giờ (phút phải là 00).", $"'{timeText}' is not an hour label (minutes must be 00)."));
            var label = new DateTimeOffset(local, VietnamTime.Offset);
            if (!AirPollutants.TryParse(fields[1], out var pollutant))
                throw new TableInputException(row, "parameter", new("UNKNOWN_PARAMETER",
                    $"Thông số không xác định '{fields[1].Trim()}'; cần PM2.5, PM10, O3, CO, SO2 hoặc NO2.",
                    $"Unknown parameter '{fields[1].Trim()}'; expected PM2.5, PM10, O3, CO, SO2 or NO2."));
            first = first is null || label < first ? label : first;
            last = last is null || label > last ? label : last;
            if (CsvText.ParseValue(fields[2], row, "value") is not { } value)
                continue; // a missing hour: on the grid, without a value
            if (!seen.Add((label, pollutant)))
                throw new TableInputException(row, "parameter", new("DUPLICATE_HOUR",
                    $"Giá trị thứ hai của {AirPollutants.Code(pollutant)} lúc {timeText}.", $"A second value for {AirPollutants.Code(pollutant)} at {timeText}."));
            rows.Add((label, pollutant, value));
        }
        if (first is null)
            return new HourlyAirSeries(default, 0);
        var series = new HourlyAirSeries(first.Value, (int)((last!.Value - first.Value).Ticks / TimeSpan.TicksPerHour) + 1);
        foreach (var (label, pollutant, value) in rows)
            series.ValuesOrCreate(pollutant)[series.IndexOf(label)] = value;
        return series;
    }
}
