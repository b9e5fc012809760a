using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace QuanTrac.Server.Http;

/// <summary>Serialises an answer once and sends it with an ETag and a cache lifetime (304 on a matching If-None-Match).</summary>
public static class Answers
{
    /// <summary>A JSON answer (the server's serializer options) with an ETag and <c>max-age</c>.</summary>
    public static IResult Json(HttpContext context, object value, int maxAgeSeconds, string contentType = "application/json; charset=utf-8")
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return new CachedBody(JsonSerializer.SerializeToUtf8Bytes(value, options), contentType).ToResult(maxAgeSeconds);
    }

    /// <summary>A CSV answer with an ETag and <c>max-age</c>.</summary>
    public static IResult Csv(CsvWriter csv, int maxAgeSeconds)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return csv.ToBody().ToResult(maxAgeSeconds);
    }
}
