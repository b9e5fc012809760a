using Microsoft.Net.Http.Headers;

namespace QuanTrac.Server.Http;

/// <summary>
/// Writes a <see cref="CachedBody"/>: <c>ETag</c>, <c>Cache-Control: public, max-age=N</c>, <c>Vary: Accept,
/// Accept-Encoding</c>; 304 without a body when <c>If-None-Match</c> names the tag; the gzip bytes when the client
/// accepts gzip.
/// </summary>
public sealed class CachedBodyResult(CachedBody body, int maxAgeSeconds) : IResult
{
    /// <inheritdoc/>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var request = httpContext.Request;
        var response = httpContext.Response;
        var headers = response.Headers;
        headers.ETag = body.ETag;
        headers.CacheControl = maxAgeSeconds > 0 ? $"public, max-age={maxAgeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "no-cache";
        headers.Vary = "Accept, Accept-Encoding";
        if (Matches(request.Headers.IfNoneMatch, body.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = body.ContentType;
        var gzip = AcceptsGzip(request.Headers.AcceptEncoding);
        var bytes = gzip ? body.Gzip : body.Body;
        if (gzip)
            headers.ContentEncoding = "gzip";
        response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }

    static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            if (value is null)
                continue;
            if (value.Trim() == "*")
                return true;
            if (EntityTagHeaderValue.TryParseList([value], out var tags))
                foreach (var tag in tags)
                    if (string.Equals(tag.Tag.Value, etag, StringComparison.Ordinal))
                        return true;
        }
        return false;
    }

    static bool AcceptsGzip(Microsoft.Extensions.Primitives.StringValues acceptEncoding)
    {
        foreach (var value in acceptEncoding)
            if (value is not null && value.Contains("gzip", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
