namespace QuanTrac.Server.Indices;

/// <summary>
/// The current index of one station as published (Decision 1459/QĐ-TCMT Table 3 for VN_AQI): station, hour,
/// value, warning colour, category, main pollutant, method and whether the data are provisional.
/// </summary>
/// <param name="Station">Station id (file-name prefix).</param>
/// <param name="NameVi">Station name in Vietnamese.</param>
/// <param name="NameEn">Station name in English.</param>
/// <param name="Time">Hour-ending label in Vietnam time (<c>2026-03-25T14:00:00+07:00</c>) of the value; null when there is none.</param>
/// <param name="Value">VN_AQI 0–500 or VN_WQI 0–100; null when the data do not allow one.</param>
/// <param name="Colour">Warning colour <c>#RRGGBB</c>; null with <paramref name="Value"/>.</param>
/// <param name="CategoryVi">Category in Vietnamese (<c>Tốt</c> …).</param>
/// <param name="CategoryEn">Category in English (<c>Good</c> …).</param>
/// <param name="MainPollutant">Pollutant with the highest sub-index (VN_AQI only; null for VN_WQI).</param>
/// <param name="Method"><c>VN_AQI</c> or <c>VN_WQI</c>.</param>
/// <param name="Provisional">False only when every input of the value was approved at review level 2 (both indices read
/// the published layer).</param>
public sealed record LatestIndex(
    string Station,
    string NameVi,
    string NameEn,
    string? Time,
    int? Value,
    string? Colour,
    string? CategoryVi,
    string? CategoryEn,
    string? MainPollutant,
    string Method,
    bool Provisional);
