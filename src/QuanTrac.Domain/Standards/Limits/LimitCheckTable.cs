using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Domain.Standards.Limits;

/// <summary>
/// The CSV of <c>quantrac limits check</c>: header <c>parameter,value</c> and an optional <c>unit</c> column (empty =
/// the unit of the limit). Parameters are canonical catalogue codes of the regulation's station type.
/// </summary>
public static class LimitCheckTable
{
    /// <summary>Checks every row of <paramref name="csv"/>, in input order; throws <see cref="TableInputException"/> for bad input.</summary>
    public static IReadOnlyList<ComplianceResult> Evaluate(string csv, ComplianceContext context, AveragingPeriod period, DateOnly date)
    {
        var table = CsvText.Parse(csv);
        int Index(string name, bool required)
        {
            var i = table.Header.ToList().FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            if (i < 0 && required)
                throw new TableInputException(1, name, new("MISSING_COLUMN", "Thiếu cột bắt buộc.", "A required column is missing."));
            return i;
        }
        var (p, v, u) = (Index("parameter", true), Index("value", true), Index("unit", false));
        foreach (var extra in table.Header.Where((_, i) => i != p && i != v && i != u))
            throw new TableInputException(1, extra, new("UNKNOWN_COLUMN", "Cột không được hỗ trợ (chỉ parameter, value, unit).",
                "Unsupported column (only parameter, value, unit)."));

        var regulation = context.Regulation;
        var results = new List<ComplianceResult>();
        foreach (var (row, fields) in table.Rows)
        {
            var code = fields[p].Trim();
            var definition = ParameterCatalogue.Default.Find(code, regulation.StationType);
            if (definition is null)
                throw new TableInputException(row, "parameter", new("UNKNOWN_PARAMETER",
                    $"Thông số '{code}' không có trong danh mục cho loại trạm của {regulation.Id}.",
                    $"Parameter '{code}' is not in the catalogue for the station type of {regulation.Id}."));
            if (CsvText.ParseValue(fields[v], row, "value") is not { } value)
                throw new TableInputException(row, "value", new("VALUE_MISSING", "Thiếu giá trị.", "The value is missing."));
            string? unit = null;
            if (u >= 0 && fields[u].Trim().Length > 0)
            {
                unit = Units.Canonicalise(fields[u]);
                if (unit is null)
                    throw new TableInputException(row, "unit", new("UNKNOWN_UNIT", $"Đơn vị '{fields[u].Trim()}' không xác định.", $"Unknown unit '{fields[u].Trim()}'."));
                var row0 = ComplianceEvaluator.FindRow(context, date, code, period);
                var target = row0?.Unit ?? definition.Unit;
                if (Units.Factor(unit, target) is null)
                    throw new TableInputException(row, "unit", new("WRONG_UNIT",
                        $"Đơn vị '{unit}' không đổi được sang '{target}' của giới hạn.", $"Unit '{unit}' cannot be converted to the limit's '{target}'."));
            }
            try
            {
                results.Add(ComplianceEvaluator.Evaluate(context, date, [new AggregatedValue(code, period, value, unit)])[0]);
            }
            catch (ArgumentException e)
            {
                throw new TableInputException(row, null, new("CANNOT_EVALUATE", e.Message, e.Message));
            }
        }
        return results;
    }
}
