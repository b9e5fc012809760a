using System.IO.Compression;
using System.Security.Cryptography;

namespace QuanTrac.Server.Http;

/// <summary>
/// A response body computed once and served many times: the bytes, their gzip form and a strong ETag (the first
/// 16 bytes of the SHA-256 of the body, so equal bodies get equal tags on every node).
/// </summary>
public sealed class CachedBody
{
    /// <summary>Wraps a body of a content type.</summary>
    public CachedBody(byte[] body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        ContentType = contentType;
        ETag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body), 0, 16) + "\"";
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(body);
        Gzip = buffer.ToArray();
    }

    /// <summary>The uncompressed bytes.</summary>
    public byte[] Body { get; }

    /// <summary>The gzip-compressed bytes.</summary>
    public byte[] Gzip { get; }

    /// <summary>Media type with charset, e.g. <c>application/json; charset=utf-8</c>.</summary>
    public string ContentType { get; }

    /// <summary>Strong entity tag, quoted.</summary>
    public string ETag { get; }

    /// <summary>A result that answers 304 to a matching <c>If-None-Match</c>, else the body (gzip when accepted).</summary>
    public IResult ToResult(int maxAgeSeconds) => new CachedBodyResult(this, maxAgeSeconds);
}
