using System.Globalization;
using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Domain.Statistics.ReferenceChecks;

/// <summary>One evaluated row of a reference-check CSV.</summary>
/// <param name="Row">1-based row (header = 1).</param>
/// <param name="Station">The station code as given (trimmed).</param>
/// <param name="Result">The evaluation.</param>
public sealed record RefcheckRow(int Row, string Station, ReferenceCheckResult Result);

/// <summary>
/// The CSV of <c>quantrac refcheck evaluate</c>: columns <c>station,parameter,certified,readings</c>, readings separated by
/// <c>;</c> inside the field (e.g. <c>7.02;7.05;6.98</c>); other columns are ignored. Bad cells throw
/// <see cref="TableInputException"/> naming the row and column.
/// </summary>
public static class RefcheckTable
{
    /// <summary>Evaluates every row in input order.</summary>
    public static IReadOnlyList<RefcheckRow> Evaluate(string csv, ReferenceCheckSettings? settings = null)
    {
        var table = CsvText.Parse(csv);
        int Column(string name)
        {
            var i = table.Header.ToList().FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            return i >= 0 ? i : throw new TableInputException(1, null, new("REFCHECK_COLUMN_MISSING", $"Thiếu cột '{name}'.", $"The column '{name}' is missing."));
        }
        var (station, parameter, certified, readings) = (Column("station"), Column("parameter"), Column("certified"), Column("readings"));
        var rows = new List<RefcheckRow>();
        foreach (var (row, fields) in table.Rows)
        {
            var code = fields[station].Trim();
            if (code.Length == 0)
                throw new TableInputException(row, "station", new("REFCHECK_STATION_MISSING", "Thiếu mã trạm.", "The station code is missing."));
            if (ReferenceCheck.ParseParameter(fields[parameter]) is not { } p)
                throw new TableInputException(row, "parameter", new("REFCHECK_UNKNOWN_PARAMETER",
                    $"Thông số '{fields[parameter].Trim()}' không thuộc chương trình mẫu chuẩn (pH, NH4+).",
                    $"The parameter '{fields[parameter].Trim()}' is not one of the reference-material programme (pH, NH4+)."));
            var c = Number(fields[certified], row, "certified");
            var parts = fields[readings].Split(';', StringSplitOptions.TrimEntries);
            if (parts.All(s => s.Length == 0))
                throw new TableInputException(row, "readings", new("REFCHECK_NO_READINGS", "Không có số đọc nào.", "There are no readings."));
            var values = parts.Select(s => Number(s, row, "readings")).ToArray();
            try
            {
                rows.Add(new(row, code, ReferenceCheck.Evaluate(p, c, values, settings)));
            }
            catch (ArgumentException)
            {
                throw new TableInputException(row, null, p == ReferenceParameter.PH
                    ? new("REFCHECK_PH_RANGE", "Giá trị pH phải nằm trong khoảng 0–14.", "pH values must lie within 0–14.")
                    : new("REFCHECK_NEGATIVE", "Nồng độ NH4+ không được âm.", "NH4+ concentrations cannot be negative."));
            }
        }
        return rows;
    }

    static double Number(string field, int row, string column)
    {
        var text = field.Trim();
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw new TableInputException(row, column, new("REFCHECK_NOT_A_NUMBER",
                $"'{text}' không phải số hữu hạn (dùng dấu chấm thập phân, các số đọc cách nhau bằng ';').",
                $"'{text}' is not a finite number (use a decimal point; separate readings with ';')."));
        return value;
    }
}
