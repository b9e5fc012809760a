namespace QuanTrac.Domain.Parameters;

/// <summary>
/// A canonical measured quantity.
/// </summary>
/// <param name="Code">Canonical code, following the Table 34 symbols of Circular 10/2021 where one exists (<c>pH</c>, <c>NH4</c>, <c>PM2.5</c>).</param>
/// <param name="NameVi">Name in Vietnamese.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="Unit">Canonical unit (see <see cref="Units"/>); empty for dimensionless quantities such as pH.</param>
/// <param name="PlausibleMin">Lowest physically plausible value in <paramref name="Unit"/>, inclusive.</param>
/// <param name="PlausibleMax">Highest physically plausible value in <paramref name="Unit"/>, inclusive.</param>
/// <param name="Aliases">Raw names seen in station files that usually mean this parameter; suggestions an administrator confirms.</param>
/// <param name="StationTypes">Kinds of station this definition applies to. The same code can have two definitions with
/// different units, e.g. <c>CO</c> in µg/m³ at an ambient station and in mg/Nm³ at a stack.</param>
public sealed record ParameterDefinition(
    string Code,
    string NameVi,
    string NameEn,
    string Unit,
    decimal PlausibleMin,
    decimal PlausibleMax,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Stations.StationType> StationTypes)
{
    /// <summary>True for quantities without a unit (pH); an empty unit in a file is then not worth a flag.</summary>
    public bool IsDimensionless => Unit.Length == 0;
}
