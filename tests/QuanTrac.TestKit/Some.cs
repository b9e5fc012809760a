using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Stations;

namespace QuanTrac.TestKit;

/// <summary>Small, valid test data with sensible defaults (Serilog's <c>Some.*</c> pattern).</summary>
public static class Some
{
    /// <summary>2025-06-14 08:35 in Vietnam (the spec's example time).</summary>
    public static readonly DateTimeOffset Time = new(2025, 6, 14, 8, 35, 0, TimeSpan.FromHours(7));

    /// <summary>A wastewater station <c>QN_DEMO_NUO002</c> with the spec's aliases mapped.</summary>
    public static Station WastewaterStation(string prefix = "QN_DEMO_NUO002") => new(
        prefix, "Trạm nước thải Demo", "Demo wastewater station", StationType.IndustrialWastewater, "QN", "DEMO",
        new GeoPoint(21.0, 107.0), Station.DefaultInterval,
        [
            new("Flow_In", "Flow_In"), new("Flowin", "Flow_In"), new("Flow_Out", "Flow_Out"), new("Temp", "Temp"),
            new("pH", "pH"), new("TSS", "TSS"), new("COD", "COD"), new("NH4", "NH4"), new("Amoni", "NH4"),
        ]);

    /// <summary>A raw record with defaults.</summary>
    public static StationRecord Record(string parameter = "COD", decimal? value = 41.07m, string unit = "mg/L", string status = "00",
        DateTimeOffset? at = null, ObservationFlags flags = ObservationFlags.None) =>
        new(1, parameter, value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", value, unit, at ?? Time, status, flags);
}
