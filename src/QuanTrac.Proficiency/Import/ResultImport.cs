using System.Globalization;
using System.Text.RegularExpressions;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Proficiency.Import;

/// <summary>
/// Reads a round's results sheet: columns <c>participant</c>, <c>value</c>, optionally <c>measurand</c> (required when the
/// round has more than one), <c>u</c> (standard uncertainty) or <c>U</c> with <c>k</c> (expanded uncertainty and the
/// participant's coverage factor), and <c>method</c>; other columns are ignored. All rows are checked before anything is
/// returned: the first problem throws <see cref="TableInputException"/> naming the row and column, so a bad file imports nothing.
/// </summary>
public static partial class ResultImport
{
    // A "less than" result with its limit: "<0.05", "< 0.05", "<LOD 0.05", "<LOQ=0.1". Kept as reported, never scored.
    [GeneratedRegex(@"^<\s*(?:(?:LOD|LOQ)\s*=?\s*)?([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Censored();

    /// <summary>Validates every row against the round's participants and measurands; returns the results in row order.</summary>
    /// <param name="sheet">The table read from CSV or XLSX.</param>
    /// <param name="scheme">The round's scheme (minimum results for a consensus).</param>
    /// <param name="round">Round code.</param>
    /// <param name="measurands">The round's measurands.</param>
    /// <param name="participants">The round's enrolled participants.</param>
    public static IReadOnlyList<PtResult> Read(Sheet sheet, PtScheme scheme, string round, IReadOnlyList<PtMeasurand> measurands, IReadOnlyList<PtParticipant> participants)
    {
        int Required(string name) => sheet.Column(name) is var i and >= 0 ? i
            : throw new TableInputException(1, null, new("PT_COLUMN_MISSING", $"Thiếu cột '{name}'.", $"The column '{name}' is missing."));
        var participant = Required("participant");
        var value = Required("value");
        var measurand = sheet.Column("measurand");
        if (measurand < 0 && measurands.Count != 1)
            throw new TableInputException(1, null, new("PT_COLUMN_MISSING",
                "Thiếu cột 'measurand' (vòng này có nhiều chỉ tiêu).", "The column 'measurand' is missing (this round has several measurands)."));
        var (u, expanded, k, method) = (sheet.Column("u"), sheet.Column("U"), sheet.Column("k"), sheet.Column("method"));
        var codes = participants.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var measurandCodes = measurands.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);

        var seen = new Dictionary<(string, string), int>();
        var results = new List<PtResult>();
        foreach (var (row, fields) in sheet.Rows)
        {
            var code = fields[participant].Trim();
            if (code.Length == 0)
                throw new TableInputException(row, "participant", new("PT_PARTICIPANT_MISSING", "Thiếu mã phòng thí nghiệm.", "The laboratory code is missing."));
            if (!codes.Contains(code))
                throw new TableInputException(row, "participant", new("PT_UNKNOWN_PARTICIPANT",
                    $"Mã '{code}' không có trong danh sách tham gia vòng '{round}'.", $"The code '{code}' is not a participant of the round '{round}'."));
            var m = measurand < 0 ? measurands[0].Code : fields[measurand].Trim();
            if (!measurandCodes.Contains(m))
                throw new TableInputException(row, "measurand", new("PT_UNKNOWN_MEASURAND",
                    $"Vòng '{round}' không có chỉ tiêu '{m}'.", $"The round '{round}' has no measurand '{m}'."));
            if (seen.TryGetValue((code, m), out var first))
                throw new TableInputException(row, "participant", new("PT_DUPLICATE_PARTICIPANT",
                    FormattableString.Invariant($"Mã phòng thí nghiệm '{code}' trùng với dòng {first} (chỉ tiêu '{m}')."),
                    FormattableString.Invariant($"The laboratory code '{code}' repeats row {first} (measurand '{m}').")));
            seen[(code, m)] = row;

            var (x, censored) = Value(fields[value], row);
            var uValue = Optional(u, fields, row, "u", nonNegative: true);
            var uExpanded = Optional(expanded, fields, row, "U", nonNegative: true);
            var coverage = Optional(k, fields, row, "k", nonNegative: false);
            if (coverage is <= 0)
                throw new TableInputException(row, "k", new("PT_COVERAGE_FACTOR", "Hệ số phủ k phải lớn hơn 0.", "The coverage factor k must be greater than 0."));
            if (uExpanded is not null && coverage is null)
                throw new TableInputException(row, "k", new("PT_U_WITHOUT_K",
                    "Có độ không đảm bảo mở rộng U nhưng thiếu hệ số phủ k.", "An expanded uncertainty U is given without its coverage factor k."));
            if (uValue is { } su && uExpanded is { } eu && coverage is { } kk && Math.Abs(su - eu / kk) > 1e-9 * Math.Max(su, eu / kk))
                throw new TableInputException(row, "u", new("PT_U_DISAGREES", "u khác U/k; chỉ ghi u, hoặc U và k.", "u differs from U/k; give either u, or U and k."));
            var analytical = method < 0 ? null : fields[method].Trim() is { Length: > 0 } t ? t : null;
            results.Add(new(round, m, code, row, x, censored, uValue ?? (uExpanded / coverage), uExpanded, coverage, analytical));
        }
        if (results.Count == 0)
            throw new TableInputException(0, null, new("PT_NO_RESULTS", "Không có kết quả nào.", "There are no results."));

        // A consensus needs enough numeric results: say so now, not after the file is stored.
        foreach (var m in measurands.Where(m => m.Method.Assigned == PtAssignedMethod.Consensus || m.Method.Sigma == PtSigmaMethod.Robust))
        {
            var p = results.Count(r => r.Measurand == m.Code && r.Value is not null);
            var minimum = Math.Max(2, scheme.MinParticipantsForConsensus);
            if (p < minimum)
            {
                var e = RoundComputation.TooFew(m.Code, p, minimum);
                throw new TableInputException(0, null, e.Problem);
            }
        }
        return results;
    }

    static (double? Value, string? Censored) Value(string field, int row)
    {
        var text = field.Trim();
        if (text.Length == 0)
            throw new TableInputException(row, "value", new("PT_VALUE_MISSING", "Thiếu giá trị.", "The value is missing."));
        if (text.StartsWith('<'))
        {
            if (Censored().Match(text) is { Success: true } match
                && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var limit) && double.IsFinite(limit))
                return (null, text);
            throw new TableInputException(row, "value", new("PT_CENSORED_WITHOUT_LIMIT",
                $"'{text}' là kết quả dưới giới hạn nhưng không ghi giới hạn; hãy ghi kèm giá trị, ví dụ '<0.05'.",
                $"'{text}' is a below-limit result without its limit; write the limit, e.g. '<0.05'."));
        }
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var x)
            && double.IsFinite(x))
            return (x, null);
        throw new TableInputException(row, "value", new("PT_VALUE_NOT_A_NUMBER",
            $"'{text}' không phải số hữu hạn (dùng dấu chấm thập phân) hay kết quả dạng '<0.05'.",
            $"'{text}' is not a finite number (use a decimal point) nor a result like '<0.05'."));
    }

    static double? Optional(int column, string[] fields, int row, string name, bool nonNegative)
    {
        if (column < 0 || fields[column].Trim().Length == 0)
            return null;
        var text = fields[column].Trim();
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var v)
            || !double.IsFinite(v))
            throw new TableInputException(row, name, new("PT_VALUE_NOT_A_NUMBER",
                $"'{text}' không phải số hữu hạn (dùng dấu chấm thập phân).", $"'{text}' is not a finite number (use a decimal point)."));
        if (nonNegative && v < 0)
            throw new TableInputException(row, name, new("PT_NEGATIVE_UNCERTAINTY", "Độ không đảm bảo không được âm.", "An uncertainty cannot be negative."));
        return v;
    }
}
