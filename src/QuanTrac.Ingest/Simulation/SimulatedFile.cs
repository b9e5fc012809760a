namespace QuanTrac.Ingest.Simulation;

/// <summary>One file as a station's logger uploads it.</summary>
/// <param name="StationPrefix">File-name prefix of the station.</param>
/// <param name="FileName"><c>&lt;prefix&gt;_&lt;yyyyMMddHHmmss&gt;.txt</c>.</param>
/// <param name="RelativePath">Where the logger puts it below the FTP root (<c>/</c>-separated; includes <paramref name="FileName"/>).</param>
/// <param name="Bytes">The exact file content.</param>
/// <param name="ObservedAt">Observation time (file-name and line timestamps), Vietnam time.</param>
/// <param name="DeliverAt">When the upload completes, Vietnam time.</param>
/// <param name="Kind">Normal, late, or a resend.</param>
public sealed record SimulatedFile(
    string StationPrefix,
    string FileName,
    string RelativePath,
    byte[] Bytes,
    DateTimeOffset ObservedAt,
    DateTimeOffset DeliverAt,
    SimulatedFileKind Kind);
