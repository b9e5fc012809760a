namespace QuanTrac.Domain.Stations;

/// <summary>
/// How one raw parameter name of a station's files maps to a canonical parameter.
/// Matching is ordinal, case-insensitive, after NFC normalisation and trimming.
/// </summary>
/// <param name="RawName">The name as the station's logger writes it (e.g. <c>Amoni</c>, <c>Flow_Out</c>).</param>
/// <param name="ParameterCode">Canonical code in the <see cref="Parameters.ParameterCatalogue"/>.</param>
/// <param name="Factor">Multiplier applied after unit canonicalisation (EnviSoft's <c>convert_rate</c>); 1 by default.</param>
public sealed record ParameterMapping(string RawName, string ParameterCode, decimal Factor = 1m);
