using QuanTrac.Domain.Observations;
using QuanTrac.Ingest.StationFiles;

namespace QuanTrac.Ingest.Intake;

/// <summary>A file as it arrived, before anything was decided about it.</summary>
/// <param name="FileName">File name (no folder).</param>
/// <param name="SourcePath">Where it came from (inbox-relative path, CLI path or upload).</param>
/// <param name="Bytes">Its bytes.</param>
/// <param name="ReceivedAt">Server time of receipt.</param>
/// <param name="AfterCommit">Runs once the store has committed the file (e.g. removes it from the inbox); never before.</param>
public sealed record ReceivedFile(string FileName, string SourcePath, byte[] Bytes, DateTimeOffset ReceivedAt, Action? AfterCommit = null);

/// <summary>A received file with its hash and its parse, ready for mapping and storage.</summary>
/// <param name="File">The file.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its bytes.</param>
/// <param name="Parsed">What the reader made of it.</param>
/// <param name="Observations">Its records mapped, when its station was already known while preparing; else null (mapped by the writer).</param>
public sealed record PreparedFile(ReceivedFile File, string Sha256, ParsedStationFile Parsed, IReadOnlyList<Observation>? Observations = null);
