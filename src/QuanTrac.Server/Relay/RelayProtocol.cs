namespace QuanTrac.Server.Relay;

/// <summary>
/// The wire form of a relayed file, shared by sender and receiver: <c>POST /api/v1/relay/files</c>, the original
/// bytes as the body (<c>application/octet-stream</c>), the relay key as a bearer token, and three headers.
/// </summary>
public static class RelayProtocol
{
    /// <summary>The endpoint path on the upstream.</summary>
    public const string Path = "/api/v1/relay/files";

    /// <summary>Original file name, percent-encoded (RFC 3986) so any name survives an HTTP header.</summary>
    public const string FileNameHeader = "X-QuanTrac-File-Name";

    /// <summary>Lower-case hex SHA-256 of the body; the upstream refuses a body that does not match.</summary>
    public const string Sha256Header = "X-QuanTrac-Sha256";

    /// <summary>Who forwards (a province code such as <c>TB</c>); kept in the upstream's source path.</summary>
    public const string SourceHeader = "X-QuanTrac-Source";
}
