using System.Globalization;
using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

// Number cells of the PT inputs. Results may be negative (blank-corrected values), unlike CsvText.ParseValue's
// concentrations, and a "< LOD" result gets its own message because it is a result, just not a number to score.
static class PtNumber
{
    public static double Parse(string field, int row, string? column)
    {
        var text = field.Trim();
        if (text.Length == 0)
            throw new TableInputException(row, column, new("PT_VALUE_MISSING", "Thiếu giá trị.", "The value is missing."));
        if (text.StartsWith('<') || text.StartsWith('>') || text.Contains("LOD", StringComparison.OrdinalIgnoreCase) || text.Contains("LOQ", StringComparison.OrdinalIgnoreCase))
            throw new TableInputException(row, column, new("PT_CENSORED_VALUE",
                $"'{text}' là kết quả dưới/trên giới hạn phát hiện, không phải số để tính thống kê hay điểm; hãy bỏ dòng này.",
                $"'{text}' is a below/above-limit result, not a number that statistics or scores can use; remove the row."));
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw new TableInputException(row, column, new("PT_VALUE_NOT_A_NUMBER",
                $"'{text}' không phải số hữu hạn (dùng dấu chấm thập phân).", $"'{text}' is not a finite number (use a decimal point)."));
        return value;
    }

    public static double? ParseOptional(string field, int row, string column) =>
        field.Trim().Length == 0 ? null : Parse(field, row, column);

    public static double NonNegative(string field, int row, string column)
    {
        var value = Parse(field, row, column);
        return value >= 0 ? value : throw new TableInputException(row, column, new("PT_NEGATIVE_UNCERTAINTY",
            "Độ không đảm bảo không được âm.", "An uncertainty cannot be negative."));
    }
}
