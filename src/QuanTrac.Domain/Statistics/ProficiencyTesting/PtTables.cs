using System.Globalization;
using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

/// <summary>One participant's result as read from a scores CSV.</summary>
/// <param name="Row">1-based row of the input (header = 1).</param>
/// <param name="Participant">The laboratory's (anonymous) code, trimmed.</param>
/// <param name="Value">Reported result x, unit of the round.</param>
/// <param name="StandardUncertainty">u(x): the column <c>u</c>, or <c>U</c>/<c>k</c>; null when not reported.</param>
/// <param name="ExpandedUncertainty">U(x) as reported in column <c>U</c>; null when not reported.</param>
/// <param name="CoverageFactor">The participant's own k (column <c>k</c>); null when not reported.</param>
public sealed record ParticipantResult(int Row, string Participant, double Value, double? StandardUncertainty, double? ExpandedUncertainty, double? CoverageFactor);

/// <summary>
/// The text inputs of the <c>pt</c> commands, parsed without I/O: a list of results (one number per line), the
/// participant CSV of the scores and the item CSV of the homogeneity check. Bad input throws
/// <see cref="TableInputException"/> naming the row (and column) in Vietnamese and English.
/// </summary>
public static class PtTables
{
    /// <summary>Minimum number of results for a robust SD s* (one result has no spread).</summary>
    public const int MinimumResultsForScale = 2;

    /// <summary>
    /// One number per line, decimal point, blank lines skipped; the row named in errors is the line number.
    /// Throws for non-numeric or censored ("&lt;LOD") lines and for fewer than <paramref name="minimum"/> values.
    /// </summary>
    public static IReadOnlyList<double> ReadValues(string text, int minimum = MinimumResultsForScale)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith('\uFEFF'))
            text = text[1..];
        var values = new List<double>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length > 0)
                values.Add(PtNumber.Parse(line, i + 1, null));
        }
        if (values.Count < minimum)
            throw new TableInputException(0, null, new("PT_TOO_FEW_RESULTS",
                string.Create(CultureInfo.InvariantCulture, $"Chỉ có {values.Count} kết quả; cần ít nhất {minimum} để tính độ lệch chuẩn vững s*."),
                string.Create(CultureInfo.InvariantCulture, $"Only {values.Count} result(s); at least {minimum} are needed for the robust SD s*.")));
        return values;
    }

    /// <summary>
    /// Participant CSV: columns <c>participant,value</c> and optionally <c>u</c> (standard uncertainty) or <c>U</c> with
    /// <c>k</c> (expanded uncertainty and the participant's coverage factor); other columns are ignored. Codes must be
    /// unique; a <c>U</c> needs its <c>k</c> in the same row (ζ uses U/k, never an assumed k = 2).
    /// </summary>
    public static IReadOnlyList<ParticipantResult> ReadParticipants(string csv)
    {
        var table = CsvText.Parse(csv);
        var participant = Column(table, "participant", required: true);
        var value = Column(table, "value", required: true);
        var u = Column(table, "u", required: false);
        var expanded = Column(table, "U", required: false);
        var k = Column(table, "k", required: false);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var results = new List<ParticipantResult>();
        foreach (var (row, fields) in table.Rows)
        {
            var code = fields[participant].Trim();
            if (code.Length == 0)
                throw new TableInputException(row, "participant", new("PT_PARTICIPANT_MISSING", "Thiếu mã phòng thí nghiệm.", "The laboratory code is missing."));
            if (seen.TryGetValue(code, out var first))
                throw new TableInputException(row, "participant", new("PT_DUPLICATE_PARTICIPANT",
                    string.Create(CultureInfo.InvariantCulture, $"Mã phòng thí nghiệm '{code}' trùng với dòng {first}."),
                    string.Create(CultureInfo.InvariantCulture, $"The laboratory code '{code}' repeats row {first}.")));
            seen[code] = row;
            var x = PtNumber.Parse(fields[value], row, "value");
            double? uValue = u < 0 || fields[u].Trim().Length == 0 ? null : PtNumber.NonNegative(fields[u], row, "u");
            double? uExpanded = expanded < 0 || fields[expanded].Trim().Length == 0 ? null : PtNumber.NonNegative(fields[expanded], row, "U");
            double? coverage = k < 0 || fields[k].Trim().Length == 0 ? null : PtNumber.Parse(fields[k], row, "k");
            if (coverage is <= 0)
                throw new TableInputException(row, "k", new("PT_COVERAGE_FACTOR", "Hệ số phủ k phải lớn hơn 0.", "The coverage factor k must be greater than 0."));
            if (uExpanded is not null && coverage is null)
                throw new TableInputException(row, "k", new("PT_U_WITHOUT_K",
                    "Có độ không đảm bảo mở rộng U nhưng thiếu hệ số phủ k.", "An expanded uncertainty U is given without its coverage factor k."));
            if (uValue is { } su && uExpanded is { } eu && coverage is { } kk && Math.Abs(su - eu / kk) > 1e-9 * Math.Max(su, eu / kk))
                throw new TableInputException(row, "u", new("PT_U_DISAGREES",
                    "u khác U/k; chỉ ghi u, hoặc U và k.", "u differs from U/k; give either u, or U and k."));
            results.Add(new(row, code, x, uValue ?? (uExpanded is { } e && coverage is { } c ? e / c : null), uExpanded, coverage));
        }
        if (results.Count == 0)
            throw new TableInputException(0, null, new("PT_NO_RESULTS", "Không có kết quả nào.", "There are no results."));
        return results;
    }

    /// <summary>
    /// Homogeneity CSV: column <c>item</c> and one column per replicate (<c>r1,r2[,r3…]</c>: every other column, in header
    /// order). Every cell must hold a number (balanced design); item codes must be unique.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<double>> ReadHomogeneity(string csv)
    {
        var table = CsvText.Parse(csv);
        var item = Column(table, "item", required: true);
        var replicates = Enumerable.Range(0, table.Header.Count).Where(i => i != item).ToArray();
        if (replicates.Length < 2)
            throw new TableInputException(1, null, new("PT_TOO_FEW_REPLICATES",
                "Cần ít nhất 2 cột lặp (r1, r2) cho mỗi mẫu.", "At least 2 replicate columns (r1, r2) are needed per item."));
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var items = new List<IReadOnlyList<double>>();
        foreach (var (row, fields) in table.Rows)
        {
            var code = fields[item].Trim();
            if (code.Length > 0 && seen.TryGetValue(code, out var first))
                throw new TableInputException(row, "item", new("PT_DUPLICATE_ITEM",
                    string.Create(CultureInfo.InvariantCulture, $"Mã mẫu '{code}' trùng với dòng {first}."),
                    string.Create(CultureInfo.InvariantCulture, $"The item code '{code}' repeats row {first}.")));
            seen[code] = row;
            items.Add([.. replicates.Select(i => PtNumber.Parse(fields[i], row, table.Header[i]))]);
        }
        if (items.Count < 2)
            throw new TableInputException(0, null, new("PT_TOO_FEW_ITEMS",
                string.Create(CultureInfo.InvariantCulture, $"Chỉ có {items.Count} mẫu; cần ít nhất 2 (ISO khuyến nghị g ≥ 10)."),
                string.Create(CultureInfo.InvariantCulture, $"Only {items.Count} item(s); at least 2 are needed (ISO recommends g ≥ 10).")));
        return items;
    }

    static int Column(CsvText table, string name, bool required)
    {
        for (var i = 0; i < table.Header.Count; i++)
            if (string.Equals(table.Header[i], name, StringComparison.Ordinal))
                return i;
        if (required)
            throw new TableInputException(1, null, new("PT_COLUMN_MISSING",
                $"Thiếu cột '{name}'.", $"The column '{name}' is missing."));
        return -1;
    }
}
