namespace QuanTrac.Domain.Quality;

/// <summary>
/// Settings that replace the defaults for one station, one parameter, or one parameter at one station. The most
/// specific match wins: station and parameter, then parameter (any station), then station (any parameter); an
/// override replaces the whole <see cref="QcParameterSettings"/> (build it with <c>with</c> from the default).
/// </summary>
/// <param name="StationPrefix">Station, or null for every station.</param>
/// <param name="ParameterCode">Canonical parameter code, or null for every parameter.</param>
/// <param name="Settings">The settings to use.</param>
public sealed record QcOverride(string? StationPrefix, string? ParameterCode, QcParameterSettings Settings);
