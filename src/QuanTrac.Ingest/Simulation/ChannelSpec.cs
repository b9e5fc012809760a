namespace QuanTrac.Ingest.Simulation;

/// <summary>One line a simulated logger writes in every file: raw name and unit as written, and what they mean.</summary>
/// <param name="RawName">Parameter name in the file (may be Vietnamese or an alias, e.g. <c>Amoni</c>).</param>
/// <param name="RawUnit">Unit text in the file (may be empty, e.g. for pH).</param>
/// <param name="Code">Canonical code in <see cref="QuanTrac.Domain.Parameters.ParameterCatalogue.Default"/>.</param>
sealed record ChannelSpec(string RawName, string RawUnit, string Code);
