namespace QuanTrac.Server.Http;

/// <summary>The answer formats of the open API: JSON (default), CSV, GeoJSON.</summary>
public enum ResponseFormat
{
    /// <summary><c>application/json</c>.</summary>
    Json,
    /// <summary><c>text/csv</c> (UTF-8, header row, comma-separated, times in Vietnam time).</summary>
    Csv,
    /// <summary><c>application/geo+json</c> (stations only).</summary>
    GeoJson,
}

/// <summary>Chooses the format from <c>?format=</c> (json, csv, geojson) or else from the <c>Accept</c> header.</summary>
public static class Negotiation
{
    /// <summary>The requested format; false (with a bilingual problem) for an unknown <c>format</c> value.</summary>
    public static bool TryGetFormat(HttpRequest request, out ResponseFormat format, out IResult? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        problem = null;
        format = ResponseFormat.Json;
        var text = request.Query["format"].ToString();
        if (text.Length > 0)
        {
            switch (text.ToLowerInvariant())
            {
                case "json": return true;
                case "csv": format = ResponseFormat.Csv; return true;
                case "geojson": format = ResponseFormat.GeoJson; return true;
                default:
                    problem = Problems.BadRequest("format must be json, csv or geojson. / format phải là json, csv hoặc geojson.");
                    return false;
            }
        }
        var accept = request.Headers.Accept.ToString();
        if (accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase))
            format = ResponseFormat.Csv;
        else if (accept.Contains("application/geo+json", StringComparison.OrdinalIgnoreCase))
            format = ResponseFormat.GeoJson;
        return true;
    }
}
