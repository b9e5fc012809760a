namespace QuanTrac.Storage;

/// <summary>One entry of the file registry: a (name, SHA-256) pair and everything known about its receipts.</summary>
/// <param name="Id">Registry id.</param>
/// <param name="FileName">File name.</param>
/// <param name="Sha256">SHA-256 of the bytes (lower-case hex); the archive key.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="SourcePath">Where the first copy was found.</param>
/// <param name="StationPrefix">Station, when known.</param>
/// <param name="FirstReceivedAt">First receipt (UTC).</param>
/// <param name="LastReceivedAt">Latest receipt (UTC).</param>
/// <param name="Receipts">How many times these bytes arrived under this name.</param>
/// <param name="Outcome">Latest outcome.</param>
/// <param name="Records">Observations the file carried.</param>
/// <param name="Warnings">Reader warnings.</param>
/// <param name="Reason">Quarantine reason, or null.</param>
public sealed record FileEntry(
    long Id,
    string FileName,
    string Sha256,
    long Size,
    string SourcePath,
    string? StationPrefix,
    DateTimeOffset FirstReceivedAt,
    DateTimeOffset LastReceivedAt,
    int Receipts,
    FileOutcomeKind Outcome,
    int Records,
    int Warnings,
    Reason? Reason);

/// <summary>Which registry entries to read.</summary>
/// <param name="Outcome">Only this outcome, or all.</param>
/// <param name="Station">Only this station, or all.</param>
/// <param name="Limit">At most this many entries.</param>
public sealed record FileQuery(FileOutcomeKind? Outcome = null, string? Station = null, int Limit = 1000);
