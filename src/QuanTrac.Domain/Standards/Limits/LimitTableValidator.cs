using System.Globalization;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Domain.Standards.Limits;

/// <summary>
/// Checks a regulation's rows when they are loaded: known parameters and units, bounds that fit their kind,
/// columns that exist, and per (parameter, column, category, period) dated versions without overlaps or gaps.
/// </summary>
public static class LimitTableValidator
{
    /// <summary>Every problem found in <paramref name="regulation"/>; empty when it is sound.</summary>
    public static IReadOnlyList<BilingualMessage> Validate(Regulation regulation, ParameterCatalogue catalogue)
    {
        var problems = new List<BilingualMessage>();
        void Add(string code, string vi, string en) => problems.Add(new(code, $"{regulation.Id}: {vi}", $"{regulation.Id}: {en}"));

        if (regulation.Rows.Count == 0 && regulation.Verified)
            Add("NO_ROWS", "quy chuẩn đã kiểm chứng nhưng không có giá trị giới hạn.", "a verified regulation without limit rows.");
        foreach (var r in regulation.Rows)
        {
            var what = Describe(r);
            if (catalogue.Find(r.Parameter, regulation.StationType) is null)
                Add("UNKNOWN_PARAMETER", $"{what}: thông số không có trong danh mục.", $"{what}: parameter not in the catalogue.");
            if (Units.Canonicalise(r.Unit) != r.Unit)
                Add("UNKNOWN_UNIT", $"{what}: đơn vị '{r.Unit}' không chuẩn.", $"{what}: unit '{r.Unit}' is not canonical.");
            var boundsOk = r.Kind switch
            {
                BoundKind.Maximum => r.Upper is >= 0 && r.Lower is null,
                BoundKind.Minimum => r.Lower is >= 0 && r.Upper is null,
                _ => r.Lower is >= 0 && r.Upper is { } u && r.Lower <= u,
            };
            if (!boundsOk)
                Add("BAD_BOUNDS", $"{what}: giới hạn không phù hợp với loại {r.Kind}.", $"{what}: bounds do not fit kind {r.Kind}.");
            if (r.Column.Length > 0 && !regulation.Columns.Contains(r.Column))
                Add("UNKNOWN_COLUMN", $"{what}: cột không tồn tại.", $"{what}: no such column.");
            if (r.EffectiveTo is { } to && to <= r.EffectiveFrom)
                Add("EMPTY_PERIOD", $"{what}: ngày kết thúc không sau ngày bắt đầu.", $"{what}: effective-to is not after effective-from.");
            if (r.EffectiveFrom < regulation.InForceFrom)
                Add("BEFORE_IN_FORCE", $"{what}: bắt đầu trước ngày quy chuẩn có hiệu lực.", $"{what}: starts before the regulation is in force.");
            if (regulation.Multipliers != Multipliers.None && r.Kind != BoundKind.Maximum && !r.MultiplierExempt)
                Add("MULTIPLIED_NON_MAXIMUM", $"{what}: chỉ giới hạn tối đa được nhân hệ số.", $"{what}: only maximum limits can be multiplied.");
            if (regulation.Multipliers == Multipliers.None && r.MultiplierExempt)
                Add("EXEMPT_WITHOUT_MULTIPLIERS", $"{what}: miễn hệ số nhưng quy chuẩn không có hệ số.", $"{what}: exempt from multipliers the regulation does not have.");
        }

        // A row for every column and a row for one column of the same parameter and period would both apply.
        foreach (var g in regulation.Rows.GroupBy(r => (r.Parameter, r.Category, r.Period)))
            if (g.Any(r => r.Column.Length == 0) && g.Any(r => r.Column.Length > 0))
                Add("COLUMN_CLASH", $"{g.Key.Parameter} {AveragingPeriods.Format(g.Key.Period)}: vừa có dòng chung vừa có dòng theo cột.",
                    $"{g.Key.Parameter} {AveragingPeriods.Format(g.Key.Period)}: rows for every column and for one column.");

        foreach (var g in regulation.Rows.GroupBy(r => (r.Parameter, r.Column, r.Category, r.Period)))
        {
            var versions = g.OrderBy(r => r.EffectiveFrom).ToList();
            for (var i = 1; i < versions.Count; i++)
            {
                var prev = versions[i - 1];
                var next = versions[i];
                var what = Describe(next);
                if (prev.EffectiveTo is null || prev.EffectiveTo > next.EffectiveFrom)
                    Add("OVERLAP", $"{what}: chồng lấn với phiên bản từ {Date(prev.EffectiveFrom)}.", $"{what}: overlaps the version from {Date(prev.EffectiveFrom)}.");
                else if (prev.EffectiveTo < next.EffectiveFrom)
                    Add("GAP", $"{what}: khoảng trống từ {Date(prev.EffectiveTo.Value)} đến {Date(next.EffectiveFrom)}.",
                        $"{what}: gap from {Date(prev.EffectiveTo.Value)} to {Date(next.EffectiveFrom)}.");
            }
        }
        return problems;
    }

    static string Describe(LimitRow r) =>
        $"{r.Parameter} [{(r.Column.Length == 0 ? "*" : r.Column)}{(r.Category is null ? "" : "/" + r.Category)}] {AveragingPeriods.Format(r.Period)} {Date(r.EffectiveFrom)}";

    static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
