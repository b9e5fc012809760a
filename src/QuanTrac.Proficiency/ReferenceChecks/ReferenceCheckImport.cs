using System.Globalization;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Domain.Statistics.ReferenceChecks;
using QuanTrac.Domain.Time;
using QuanTrac.Proficiency.Import;
using QuanTrac.Storage.ReferenceChecks;

namespace QuanTrac.Proficiency.ReferenceChecks;

/// <summary>
/// Reads and evaluates the reference-check sheet of <c>refcheck record</c> (CSV or XLSX): columns <c>station</c>,
/// <c>analyser</c>, <c>parameter</c> (pH or NH4+), <c>certified</c>, <c>certified_u</c> (optional), <c>lot</c>,
/// <c>temperature</c> (°C, optional), <c>readings</c> (separated by <c>;</c>), <c>operator</c>, <c>time</c> (ISO 8601;
/// Vietnam time when it has no offset). Every row is checked first; the first problem throws
/// <see cref="TableInputException"/> naming the row and column.
/// </summary>
public static class ReferenceCheckImport
{
    /// <summary>The evaluated checks in row order.</summary>
    /// <param name="sheet">The table.</param>
    /// <param name="knownStations">Registered station prefixes; a check of another station is refused.</param>
    /// <param name="settings">Acceptance limits.</param>
    /// <param name="recordedAt">The recording time stored with every check.</param>
    public static IReadOnlyList<StoredReferenceCheck> Read(Sheet sheet, IReadOnlySet<string> knownStations, ReferenceCheckSettings settings, DateTimeOffset recordedAt)
    {
        int Required(string name) => sheet.Column(name) is var i and >= 0 ? i
            : throw new TableInputException(1, null, new("REFCHECK_COLUMN_MISSING", $"Thiếu cột '{name}'.", $"The column '{name}' is missing."));
        var (station, analyser, parameter, certified, lot, readings, op, time) = (Required("station"), Required("analyser"), Required("parameter"),
            Required("certified"), Required("lot"), Required("readings"), Required("operator"), Required("time"));
        var (certifiedU, temperature) = (sheet.Column("certified_u"), sheet.Column("temperature"));
        var list = new List<StoredReferenceCheck>();
        foreach (var (row, f) in sheet.Rows)
        {
            string Text(int column, string name) => f[column].Trim() is { Length: > 0 } t ? t
                : throw new TableInputException(row, name, new("REFCHECK_VALUE_MISSING", "Thiếu giá trị.", "The value is missing."));
            var code = Text(station, "station");
            if (!knownStations.Contains(code))
                throw new TableInputException(row, "station", new("REFCHECK_UNKNOWN_STATION",
                    $"Trạm '{code}' chưa được đăng ký.", $"The station '{code}' is not registered."));
            if (ReferenceCheck.ParseParameter(f[parameter]) is not { } p)
                throw new TableInputException(row, "parameter", new("REFCHECK_UNKNOWN_PARAMETER",
                    $"Thông số '{f[parameter].Trim()}' không thuộc chương trình mẫu chuẩn (pH, NH4+).",
                    $"The parameter '{f[parameter].Trim()}' is not one of the reference-material programme (pH, NH4+)."));
            var c = Number(Text(certified, "certified"), row, "certified");
            double? cu = certifiedU >= 0 && f[certifiedU].Trim().Length > 0 ? Number(f[certifiedU], row, "certified_u") : null;
            if (cu is < 0)
                throw new TableInputException(row, "certified_u", new("REFCHECK_NEGATIVE_U", "Độ không đảm bảo không được âm.", "An uncertainty cannot be negative."));
            double? t = temperature >= 0 && f[temperature].Trim().Length > 0 ? Number(f[temperature], row, "temperature") : null;
            var values = Text(readings, "readings").Split(';', StringSplitOptions.TrimEntries).Select(s => Number(s, row, "readings")).ToArray();
            var timeText = Text(time, "time");
            if (!VietnamTime.TryParseIso(timeText, out var at))
                throw new TableInputException(row, "time", new("REFCHECK_TIME",
                    $"'{timeText}' không phải thời điểm (ISO 8601, ví dụ 2026-03-25T09:30:00+07:00).", $"'{timeText}' is not a time (ISO 8601, e.g. 2026-03-25T09:30:00+07:00)."));
            ReferenceCheckResult result;
            try
            {
                result = ReferenceCheck.Evaluate(p, c, values, settings);
            }
            catch (ArgumentException)
            {
                throw new TableInputException(row, null, p == ReferenceParameter.PH
                    ? new("REFCHECK_PH_RANGE", "Giá trị pH phải nằm trong khoảng 0–14.", "pH values must lie within 0–14.")
                    : new("REFCHECK_NEGATIVE", "Nồng độ NH4+ không được âm.", "NH4+ concentrations cannot be negative."));
            }
            list.Add(new(code, Text(analyser, "analyser"), Parameter(p), c, cu, Text(lot, "lot"), t, values, result.Mean, result.Error, result.Limit,
                result.Passed, Text(op, "operator"), at, recordedAt));
        }
        if (list.Count == 0)
            throw new TableInputException(0, null, new("REFCHECK_NO_ROWS", "Không có lần kiểm tra nào.", "There are no checks."));
        return list;
    }

    /// <summary>The canonical parameter code of the station data a check vouches for: <c>pH</c> or <c>NH4</c>.</summary>
    public static string Parameter(ReferenceParameter p) => p == ReferenceParameter.PH ? "pH" : "NH4";

    static double Number(string field, int row, string column)
    {
        var text = field.Trim();
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var v)
            && double.IsFinite(v))
            return v;
        throw new TableInputException(row, column, new("REFCHECK_NOT_A_NUMBER",
            $"'{text}' không phải số hữu hạn (dùng dấu chấm thập phân, các số đọc cách nhau bằng ';').",
            $"'{text}' is not a finite number (use a decimal point; separate readings with ';')."));
    }
}
