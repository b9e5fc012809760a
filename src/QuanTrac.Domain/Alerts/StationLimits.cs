using QuanTrac.Domain.Stations;
using QuanTrac.Domain.Standards.Limits;

namespace QuanTrac.Domain.Alerts;

/// <summary>
/// Which regulation, column and coefficients a station's values are compared with (regulatory-limits.md §2
/// "facility- and station-specific assignment"). The registry does not hold this yet, so alerts use an explicit
/// assignment when one is given and otherwise a default per station type, stated here so that nobody mistakes it for
/// a permit.
/// </summary>
/// <param name="Station">Station prefix.</param>
/// <param name="Regulation">Regulation id or family (<c>QCVN05</c> = the version in force on the value's date).</param>
/// <param name="Column">Column, level or zone; null when the regulation has none.</param>
/// <param name="Coefficients">Kq/Kf or Kp/Kv when the regulation multiplies.</param>
/// <param name="Category">Source category or flow band (QCVN 19:2024); null when none.</param>
public sealed record StationLimits(string Station, string Regulation, string? Column, LimitCoefficients Coefficients, string? Category = null)
{
    /// <summary>
    /// The default assignment of a station type, or null when none is sensible:
    /// ambient air → QCVN 05 in force on the date; industrial wastewater → QCVN 40:2011 column B with Kq = 0.9 (river
    /// without flow data, the regulation's own default) and Kf = 1.0 (discharge 500–5,000 m³/day) — kept by existing
    /// facilities until 2031; stack emission → QCVN 19:2009 column B with Kp = 1.0 and Kv = 1.0 (industrial zone);
    /// surface water → none (QCVN 08 classifies a water body, it is not an alarm limit).
    /// </summary>
    public static StationLimits? DefaultFor(Station station) => station.Type switch
    {
        StationType.AmbientAir => new(station.Prefix, "QCVN05", null, LimitCoefficients.None),
        StationType.IndustrialWastewater => new(station.Prefix, "QCVN40:2011", "B", new LimitCoefficients(Kq: 0.9m, Kf: 1.0m)),
        StationType.StackEmission => new(station.Prefix, "QCVN19:2009", "B", new LimitCoefficients(Kp: 1.0m, Kv: 1.0m)),
        _ => null,
    };

    /// <summary>The compliance context on a date, or null when the catalogue has no such regulation in force.</summary>
    public ComplianceContext? ContextOn(DateOnly date, RegulationCatalogue? catalogue = null) =>
        (catalogue ?? RegulationCatalogue.Default).Find(Regulation, date) is { } r ? new ComplianceContext(r, Column, Coefficients, Category) : null;
}
