using QuanTrac.Domain.Stations;

namespace QuanTrac.Domain.Standards.Limits;

/// <summary>Which coefficients multiply the table value of a regulation.</summary>
public enum Multipliers
{
    /// <summary>The table value is the limit.</summary>
    None,
    /// <summary>QCVN 40:2011: Cmax = C × Kq × Kf.</summary>
    KqKf,
    /// <summary>QCVN 19:2009: Cmax = C × Kp × Kv.</summary>
    KpKv,
}

/// <summary>One version of a national technical regulation (QCVN) with its limit rows.</summary>
/// <param name="Id">Compact identifier, e.g. <c>QCVN05:2023</c>, <c>QCVN08-MT:2015</c>.</param>
/// <param name="Family">The regulation without its year, e.g. <c>QCVN05</c>; versions of a family replace each other.</param>
/// <param name="Title">Full title, e.g. <c>QCVN 05:2023/BTNMT</c>.</param>
/// <param name="Instrument">The issuing circular, e.g. <c>TT 01/2023/TT-BTNMT</c>.</param>
/// <param name="InForceFrom">Date the version comes into force (Vietnam time), inclusive.</param>
/// <param name="StationType">The kind of station whose parameters the rows use.</param>
/// <param name="Multipliers">Coefficients applied to the table value.</param>
/// <param name="Columns">Columns, levels or zones; empty when the tables have one column.</param>
/// <param name="Rows">Limit rows.</param>
/// <param name="Verified">False while the tables are reconstructions or drafts to check against the official text.</param>
/// <param name="NoteVi">Remark in Vietnamese (scope, transition, what is missing).</param>
/// <param name="NoteEn">The same in English.</param>
public sealed record Regulation(
    string Id, string Family, string Title, string Instrument, DateOnly InForceFrom, StationType StationType,
    Multipliers Multipliers, IReadOnlyList<string> Columns, IReadOnlyList<LimitRow> Rows, bool Verified, string NoteVi, string NoteEn)
{
    /// <summary>Other spellings of <see cref="Id"/> accepted on input (compact form), e.g. <c>QCVN08:2015</c>.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
