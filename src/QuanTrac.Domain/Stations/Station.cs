using System.Text.Json.Serialization;

namespace QuanTrac.Domain.Stations;

/// <summary>
/// A registered automatic station. Its files are recognised by <see cref="Prefix"/>, the whole
/// file-name part before the last <c>_</c> (e.g. <c>TB_CAPH_NUOSXL</c>).
/// </summary>
/// <param name="Prefix">File-name prefix; the station's identity in QuanTrac.</param>
/// <param name="NameVi">Name in Vietnamese.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="Type">Kind of station.</param>
/// <param name="Province">Province code (<c>TenTinh</c>), e.g. <c>HN</c>.</param>
/// <param name="Facility">Facility code (<c>TenCoSo</c>).</param>
/// <param name="Location">Position, when known.</param>
/// <param name="ExpectedInterval">Time between two files; 5 minutes by law.</param>
/// <param name="Mappings">Raw parameter names of this station's files and what they mean.</param>
/// <param name="Reading">How its files are read where they differ from the national defaults; null: the defaults.</param>
public sealed record Station(
    string Prefix,
    string NameVi,
    string NameEn,
    StationType Type,
    string Province,
    string Facility,
    GeoPoint? Location,
    TimeSpan ExpectedInterval,
    IReadOnlyList<ParameterMapping> Mappings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] StationFileReading? Reading = null)
{
    /// <summary>The legal transmission interval: one file every 5 minutes.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(5);
}
