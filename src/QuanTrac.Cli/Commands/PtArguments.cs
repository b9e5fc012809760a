using System.Globalization;

namespace QuanTrac.Cli.Commands;

/// <summary>Numeric options of the <c>pt</c> and <c>refcheck</c> commands, read culture-invariantly (decimal point).</summary>
static class PtArguments
{
    /// <summary>Accepted range of an option.</summary>
    public enum Range { Any, NonNegative, Positive }

    /// <summary>Parses an option value; null with the bilingual message in <paramref name="error"/> when it is not a finite number in range.</summary>
    public static double? Parse(string? text, string option, Range range, out string? error)
    {
        error = null;
        if (text is null)
            return null;
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            && range switch { Range.Positive => value > 0, Range.NonNegative => value >= 0, _ => true })
            return value;
        error = range switch
        {
            Range.Positive => $"{option}: '{text}' phải là số dương (dấu chấm thập phân). / {option}: '{text}' must be a positive number (decimal point).",
            Range.NonNegative => $"{option}: '{text}' phải là số không âm (dấu chấm thập phân). / {option}: '{text}' must be a number ≥ 0 (decimal point).",
            _ => $"{option}: '{text}' phải là số hữu hạn (dấu chấm thập phân). / {option}: '{text}' must be a finite number (decimal point).",
        };
        return null;
    }

    /// <summary>Writes a double as a JSON number, or null when it is absent or not finite.</summary>
    public static void Number(System.Text.Json.Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }
}
