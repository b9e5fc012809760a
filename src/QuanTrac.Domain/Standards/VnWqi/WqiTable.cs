using System.Globalization;
using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Domain.Standards.VnWqi;

/// <summary>One evaluated row of a wide VN_WQI table.</summary>
/// <param name="Row">1-based physical row of the input (header = 1).</param>
/// <param name="Identifiers">The columns that are not VN_WQI inputs, in input order, with their text as given.</param>
/// <param name="Result">The index of the row's sample.</param>
public sealed record WqiTableRow(int Row, IReadOnlyList<KeyValuePair<string, string>> Identifiers, WqiResult Result);

/// <summary>
/// The wide CSV of <c>quantrac wqi</c>: one sample per row, columns <see cref="InputColumns"/> (empty cell = not
/// measured), any other column an identifier echoed back. Values use the decimal point; pesticides in µg/L,
/// metals and group IV in mg/L, T in °C, Coliform and Ecoli per 100 mL.
/// </summary>
public static class WqiTable
{
    /// <summary>Column name of the water temperature, °C.</summary>
    public const string TemperatureColumn = "T";

    /// <summary>Input columns and the parameter each feeds (the two heptachlor columns are summed).</summary>
    public static IReadOnlyDictionary<string, WqiParameter> InputColumns { get; } = new Dictionary<string, WqiParameter>(StringComparer.Ordinal)
    {
        ["pH"] = WqiParameter.PH, ["Aldrin"] = WqiParameter.Aldrin, ["BHC"] = WqiParameter.Bhc,
        ["Dieldrin"] = WqiParameter.Dieldrin, ["DDTs"] = WqiParameter.Ddts,
        ["Heptachlor"] = WqiParameter.HeptachlorSum, ["Heptachlorepoxide"] = WqiParameter.HeptachlorSum,
        ["As"] = WqiParameter.As, ["Cd"] = WqiParameter.Cd, ["Pb"] = WqiParameter.Pb, ["Cr6"] = WqiParameter.Cr6,
        ["Cu"] = WqiParameter.Cu, ["Zn"] = WqiParameter.Zn, ["Hg"] = WqiParameter.Hg, ["DO"] = WqiParameter.DO,
        ["BOD5"] = WqiParameter.Bod5, ["COD"] = WqiParameter.Cod, ["TOC"] = WqiParameter.Toc,
        ["N_NH4"] = WqiParameter.NH4, ["N_NO3"] = WqiParameter.NO3, ["N_NO2"] = WqiParameter.NO2,
        ["P_PO4"] = WqiParameter.PO4, ["Coliform"] = WqiParameter.Coliform, ["Ecoli"] = WqiParameter.Ecoli,
    };

    /// <summary>Names the output object uses itself, so an identifier column may not take them.</summary>
    public static IReadOnlySet<string> ReservedNames { get; } = new HashSet<string>(StringComparer.Ordinal) { "wqi", "groups", "category", "warnings" };

    /// <summary>Evaluates every row of <paramref name="csv"/>, in input order; throws <see cref="TableInputException"/> for bad input.</summary>
    public static IReadOnlyList<WqiTableRow> Evaluate(string csv, WqiSettings settings)
    {
        var table = CsvText.Parse(csv);
        foreach (var name in table.Header.Where(ReservedNames.Contains))
            throw new TableInputException(1, name, new("RESERVED_COLUMN",
                "Tên cột trùng với một trường của kết quả; hãy đổi tên cột.", "The column name is a field of the output; rename the column."));
        if (!table.Header.Any(InputColumns.ContainsKey))
            throw new TableInputException(1, null, new("NO_WQI_COLUMNS",
                "Không có cột thông số VN_WQI nào (pH, DO, BOD5, …).", "No VN_WQI parameter column (pH, DO, BOD5, …)."));
        var calculator = new VnWqiCalculator(settings);
        return [.. table.Rows.Select(r => EvaluateRow(table.Header, r.Row, r.Fields, calculator))];
    }

    static WqiTableRow EvaluateRow(IReadOnlyList<string> header, int row, string[] fields, VnWqiCalculator calculator)
    {
        var values = new Dictionary<WqiParameter, decimal>();
        var identifiers = new List<KeyValuePair<string, string>>();
        decimal? temperature = null;
        var heptachlorParts = 0;
        for (var i = 0; i < header.Count; i++)
        {
            var column = header[i];
            if (column == TemperatureColumn)
            {
                temperature = ParseTemperature(fields[i], row);
                continue;
            }
            if (!InputColumns.TryGetValue(column, out var parameter))
            {
                identifiers.Add(new(column, fields[i]));
                continue;
            }
            if (CsvText.ParseValue(fields[i], row, column) is not { } value)
                continue;
            if (parameter == WqiParameter.PH && value > 14)
                throw new TableInputException(row, column, new("PH_OUT_OF_RANGE",
                    "pH phải nằm trong khoảng 0–14.", "pH must lie within 0–14."));
            if (parameter == WqiParameter.HeptachlorSum)
            {
                heptachlorParts++;
                value += values.GetValueOrDefault(parameter);
            }
            values[parameter] = value;
        }
        var result = calculator.Calculate(new WqiSample(values, temperature));
        if (heptachlorParts == 1 && header.Count(h => InputColumns.TryGetValue(h, out var p) && p == WqiParameter.HeptachlorSum) == 2)
            result = result with { Warnings = [WqiWarnings.HeptachlorPartial, .. result.Warnings] };
        return new WqiTableRow(row, identifiers, result);
    }

    // Temperature may legitimately be any finite number; a value outside the fit only skips DO, with a warning.
    static decimal? ParseTemperature(string field, int row)
    {
        var text = field.Trim();
        if (text.Length == 0)
            return null;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var t))
            throw new TableInputException(row, TemperatureColumn, new("VALUE_NOT_A_NUMBER",
                $"'{text}' không phải số hữu hạn (dùng dấu chấm thập phân).", $"'{text}' is not a finite number (use a decimal point)."));
        return t;
    }
}
