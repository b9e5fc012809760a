using QuanTrac.Domain.Observations;

namespace QuanTrac.Storage;

/// <summary>An observation as stored, with its provenance.</summary>
/// <param name="Observation">The value.</param>
/// <param name="Version">1 for the first value of the key; each changed resend adds one.</param>
/// <param name="IsCurrent">True for the version in force; older versions are history.</param>
/// <param name="FileSha256">SHA-256 of the file that carried this version.</param>
/// <param name="FileName">Name of that file.</param>
/// <param name="ReceivedAt">When that file was received (UTC instant).</param>
public sealed record StoredObservation(Observation Observation, int Version, bool IsCurrent, string FileSha256, string FileName, DateTimeOffset ReceivedAt);

/// <summary>Which observations to read. Bounds are inclusive instants; null means unbounded.</summary>
/// <param name="Station">Station prefix, or null for all.</param>
/// <param name="Parameter">Canonical parameter code, or null for all.</param>
/// <param name="From">Earliest observed_at, inclusive.</param>
/// <param name="To">Latest observed_at, inclusive.</param>
/// <param name="AllVersions">False: the current version of each key; true: every version.</param>
public sealed record SeriesQuery(string? Station = null, string? Parameter = null, DateTimeOffset? From = null, DateTimeOffset? To = null, bool AllVersions = false);
