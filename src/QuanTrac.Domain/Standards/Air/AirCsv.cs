using System.Globalization;
using QuanTrac.Domain.Time;

namespace QuanTrac.Domain.Standards.Air;

/// <summary>
/// Reads the long CSV of hourly means that the <c>aqi vn</c> and <c>aqi us</c> commands take:
/// header <c>time,parameter,value</c>, <c>time</c> an hour-ending Vietnam-local label <c>yyyy-MM-dd HH:mm</c>
/// (minutes 00), <c>parameter</c> one of PM2.5, PM10, O3, CO, SO2, NO2, <c>value</c> the hourly mean (empty =
/// missing). RFC 4180 quoting is understood. Text in, series out: no I/O.
/// </summary>
public static class AirCsv
{
    /// <summary>The time format of the <c>time</c> column.</summary>
    public const string TimeFormat = "yyyy-MM-dd HH:mm";

    static readonly string[] Header = ["time", "parameter", "value"];

    /// <summary>
    /// Parses the CSV into an hourly series. Throws <see cref="AirCsvException"/> naming the row and column for a
    /// wrong header, a wrong field count, a bad time, an unknown parameter, a value that is not a finite
    /// non-negative number, or a repeated (time, parameter).
    /// </summary>
    public static HourlyAirSeries Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<(DateTimeOffset, AirPollutant, decimal)>();
        var seen = new HashSet<(DateTimeOffset, AirPollutant)>();
        DateTimeOffset? first = null, last = null;
        var lines = SplitRecords(text.TrimStart('\uFEFF'));
        if (lines.Count == 0 || lines[0].Fields is not { } header)
            throw new AirCsvException(1, "header", "the file is empty; expected the header time,parameter,value", "tệp rỗng; cần dòng tiêu đề time,parameter,value");
        if (header.Count != 3 || !header.Select(h => h.Trim()).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
            throw new AirCsvException(lines[0].Row, "header", "the header must be time,parameter,value", "dòng tiêu đề phải là time,parameter,value");
        foreach (var (row, fields) in lines.Skip(1))
        {
            if (fields is null)
                continue; // blank line
            if (fields.Count != 3)
                throw new AirCsvException(row, fields.Count < 3 ? Header[fields.Count] : "value",
                    FormattableString.Invariant($"expected 3 fields, found {fields.Count}"), FormattableString.Invariant($"cần 3 trường, có {fields.Count}"));
            var timeText = fields[0].Trim();
            if (!DateTime.TryParseExact(timeText, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                throw new AirCsvException(row, "time", $"'{timeText}' is not a time in the form yyyy-MM-dd HH:mm", $"'{timeText}' không phải thời điểm dạng yyyy-MM-dd HH:mm");
            if (local.Minute != 0)
                throw new AirCsvException(row, "time", $"'{timeText}' is not an hour label (minutes must be 00)", $"'{timeText}' không phải nhãn giờ (phút phải là 00)");
            var label = new DateTimeOffset(local, VietnamTime.Offset);
            if (!AirPollutants.TryParse(fields[1], out var pollutant))
                throw new AirCsvException(row, "parameter", $"unknown parameter '{fields[1].Trim()}'; expected PM2.5, PM10, O3, CO, SO2 or NO2",
                    $"thông số không xác định '{fields[1].Trim()}'; cần PM2.5, PM10, O3, CO, SO2 hoặc NO2");
            var valueText = fields[2].Trim();
            first = first is null || label < first ? label : first;
            last = last is null || label > last ? label : last;
            if (valueText.Length == 0)
                continue; // a missing hour: on the grid, without a value
            if (!decimal.TryParse(valueText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
                throw new AirCsvException(row, "value", $"'{valueText}' is not a finite number (decimal point '.')", $"'{valueText}' không phải số hữu hạn (dấu thập phân '.')");
            if (value < 0m)
                throw new AirCsvException(row, "value", $"'{valueText}' is negative; a concentration cannot be", $"'{valueText}' là số âm; nồng độ không thể âm");
            if (!seen.Add((label, pollutant)))
                throw new AirCsvException(row, "parameter", $"a second value for {AirPollutants.Code(pollutant)} at {timeText}", $"giá trị thứ hai của {AirPollutants.Code(pollutant)} lúc {timeText}");
            rows.Add((label, pollutant, value));
        }
        if (first is null)
            return new HourlyAirSeries(default, 0);
        var series = new HourlyAirSeries(first.Value, (int)((last!.Value - first.Value).Ticks / TimeSpan.TicksPerHour) + 1);
        foreach (var (label, pollutant, value) in rows)
            series.ValuesOrCreate(pollutant)[series.IndexOf(label)] = value;
        return series;
    }

    /// <summary>
    /// Splits RFC 4180 text into records with the line number where each starts; a blank line has null fields.
    /// A quoted field may hold commas, doubled quotes and line breaks.
    /// </summary>
    static List<(int Row, List<string>? Fields)> SplitRecords(string text)
    {
        var records = new List<(int, List<string>?)>();
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var startLine = line;
            var fields = new List<string>();
            var field = new System.Text.StringBuilder();
            var quoted = false;
            var any = false;
            while (i < text.Length)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    if (c == '"') { quoted = false; i++; continue; }
                    if (c == '\n') line++;
                    field.Append(c);
                    i++;
                    continue;
                }
                if (c == '"') { quoted = true; any = true; i++; continue; }
                if (c == ',') { fields.Add(field.ToString()); field.Clear(); any = true; i++; continue; }
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                if (c is '\n' or '\r') { i++; line++; break; }
                field.Append(c);
                any = true;
                i++;
            }
            if (quoted)
                throw new AirCsvException(startLine, "value", "a quoted field is not closed", "trường trong dấu ngoặc kép chưa được đóng");
            fields.Add(field.ToString());
            records.Add((startLine, any ? fields : null));
        }
        return records;
    }
}
