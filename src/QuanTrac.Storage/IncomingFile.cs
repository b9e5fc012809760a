using QuanTrac.Domain.Observations;

namespace QuanTrac.Storage;

/// <summary>A received file ready to be committed: its bytes, and either its observations or why it was rejected.</summary>
/// <param name="FileName">File name as received (no folder).</param>
/// <param name="SourcePath">Where it was found (inbox-relative path, upload, CLI path); informational.</param>
/// <param name="Bytes">The raw bytes, archived unchanged.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of <paramref name="Bytes"/>.</param>
/// <param name="ReceivedAt">Server time of receipt (UTC instant).</param>
/// <param name="StationPrefix">Station the file belongs to, null when not known.</param>
/// <param name="Observations">Mapped observations (empty for a rejected file).</param>
/// <param name="Rejection">Why the file goes to quarantine, or null when it is accepted.</param>
/// <param name="Warnings">Number of reader warnings.</param>
public sealed record IncomingFile(
    string FileName,
    string SourcePath,
    byte[] Bytes,
    string Sha256,
    DateTimeOffset ReceivedAt,
    string? StationPrefix,
    IReadOnlyList<Observation> Observations,
    Reason? Rejection,
    int Warnings = 0);

/// <summary>A reason a person reads, in Vietnamese and English.</summary>
/// <param name="Code">Stable machine code, e.g. <c>UNREGISTERED_STATION</c>.</param>
/// <param name="English">The reason in English.</param>
/// <param name="Vietnamese">The reason in Vietnamese.</param>
public sealed record Reason(string Code, string English, string Vietnamese)
{
    /// <inheritdoc/>
    public override string ToString() => $"{English} / {Vietnamese}";
}
