using QuanTrac.Domain.Observations;

namespace QuanTrac.Ingest.StationFiles;

/// <summary>The result of reading one station file: its name, the records read, the warnings, or why it was rejected.</summary>
/// <param name="FileName">The file name as given to the reader (may include a path).</param>
/// <param name="Name">The parsed file name, null when the name itself was not valid.</param>
/// <param name="Records">Records read, in line order; empty when the file was rejected.</param>
/// <param name="Warnings">Warnings in line order (whole-file warnings, line 0, first).</param>
/// <param name="Error">Why the whole file was rejected, or null.</param>
public sealed record ParsedStationFile(
    string FileName,
    StationFileName? Name,
    IReadOnlyList<StationRecord> Records,
    IReadOnlyList<ParseWarning> Warnings,
    Problem? Error)
{
    /// <summary>True when the file was rejected as a whole (it still gets archived with its hash).</summary>
    public bool IsRejected => Error is not null;
}
