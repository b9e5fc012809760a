namespace QuanTrac.Server.RateLimits;

/// <summary>
/// Published request limits of the API (<c>GET /api/v1/rate-limits</c>), per fixed window. A limit of 0 means
/// unlimited. Defaults suit one centre; a benchmark of the open API from one address needs <c>Anonymous = 0</c>.
/// </summary>
public sealed record RateLimitOptions
{
    /// <summary>Length of a window (default 1 minute).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests per window per client address without a key or sign-in (default 300).</summary>
    public int Anonymous { get; init; } = 300;

    /// <summary>Requests per window per API key of role api-client (default 3000).</summary>
    public int ApiClient { get; init; } = 3000;

    /// <summary>Requests per window per station upload key (default 120: a station sends one file per 5 minutes, backlogs included).</summary>
    public int Station { get; init; } = 120;

    /// <summary>Requests per window per signed-in person (default 1200).</summary>
    public int SignedIn { get; init; } = 1200;
}
