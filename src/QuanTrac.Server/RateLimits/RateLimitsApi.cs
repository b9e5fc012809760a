namespace QuanTrac.Server.RateLimits;

/// <summary><c>GET /api/v1/rate-limits</c>: the published limits, so clients can pace themselves.</summary>
public static class RateLimitsApi
{
    public static void MapRateLimitsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/rate-limits", (ApiRateLimits limits) => Results.Ok(new
        {
            windowSeconds = limits.Options.Window.TotalSeconds,
            anonymousPerAddress = limits.Options.Anonymous,
            apiKey = limits.Options.ApiClient,
            stationUploadKey = limits.Options.Station,
            signedInUser = limits.Options.SignedIn,
            headers = new[] { "X-RateLimit-Limit", "X-RateLimit-Remaining", "Retry-After" },
            noteVi = "Mỗi giới hạn tính theo cửa sổ cố định; 0 là không giới hạn. Vượt giới hạn: mã 429 kèm Retry-After (giây). Gửi khoá trong tiêu đề X-Api-Key.",
            noteEn = "Each limit counts per fixed window; 0 means unlimited. Over the limit: status 429 with Retry-After (seconds). Send a key in header X-Api-Key.",
        })).AllowAnonymous();
}
