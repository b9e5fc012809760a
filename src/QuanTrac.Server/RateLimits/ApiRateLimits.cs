using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using QuanTrac.Server.Accounts;

namespace QuanTrac.Server.RateLimits;

/// <summary>
/// ASP.NET Core rate limiting of <c>/api/</c> (and of sign-in attempts): one fixed window per API key, per signed-in person, or per client
/// address for anonymous callers. Every limited answer carries <c>X-RateLimit-Limit</c> and
/// <c>X-RateLimit-Remaining</c>; a refusal is 429 with <c>Retry-After</c> (seconds) and a bilingual problem.
/// The relay endpoints are not limited: a province's forwarding is bulk traffic with its own key and back-off, and its outbox is polled by monitoring.
/// </summary>
public sealed class ApiRateLimits
{
    readonly RateLimitOptions _options;

    public ApiRateLimits(RateLimitOptions options)
    {
        _options = options;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var (key, limit) = Partition(context);
            return limit <= 0
                ? RateLimitPartition.GetNoLimiter(key)
                : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit, Window = _options.Window, QueueLimit = 0, AutoReplenishment = true,
                });
        });
    }

    /// <summary>The limiter the middleware uses (one per server).</summary>
    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>The published limits.</summary>
    public RateLimitOptions Options => _options;

    /// <summary>Partition key and limit of a request (limit 0: not limited).</summary>
    public (string Key, int Limit) Partition(HttpContext context)
    {
        var path = context.Request.Path;
        // Password guesses count against the address as well as (by lockout) against the account.
        var signIn = HttpMethods.IsPost(context.Request.Method) && path.Equals("/console/sign-in", StringComparison.OrdinalIgnoreCase);
        if (signIn)
            return (Address(context), _options.Anonymous);
        if (!path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/api/v1/relay", StringComparison.OrdinalIgnoreCase))
            return ("none", 0);
        var user = context.User;
        if (user.FindFirst(Roles.ApiKeyIdClaim)?.Value is { } keyId)
            return ("key:" + keyId, user.IsInRole(Roles.Station) ? _options.Station : _options.ApiClient);
        if (user.Identity?.IsAuthenticated == true && user.FindFirst(ClaimTypes.NameIdentifier)?.Value is { } userId)
            return ("user:" + userId, _options.SignedIn);
        return (Address(context), _options.Anonymous);
    }

    static string Address(HttpContext context) => "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>Registers the middleware's options.</summary>
    public void Configure(RateLimiterOptions options)
    {
        options.GlobalLimiter = Limiter;
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, ct) =>
        {
            var http = context.HttpContext;
            var (_, limit) = Partition(http);
            var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : _options.Window;
            var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers["X-RateLimit-Remaining"] = "0";
            await Problems.WriteAsync(http, 429, "Too many requests / Quá nhiều yêu cầu", string.Create(CultureInfo.InvariantCulture,
                $"At most {limit} requests per {_options.Window.TotalSeconds} s for this client; try again in {seconds} s (see /api/v1/rate-limits). / Tối đa {limit} yêu cầu mỗi {_options.Window.TotalSeconds} giây cho mỗi máy khách; hãy thử lại sau {seconds} giây."));
        };
    }

    /// <summary>Middleware after the limiter: the headers of an admitted request.</summary>
    public async Task AddHeadersAsync(HttpContext context, RequestDelegate next)
    {
        var (_, limit) = Partition(context);
        if (limit > 0 && Limiter.GetStatistics(context) is { } statistics)
        {
            context.Response.Headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-RateLimit-Remaining"] = statistics.CurrentAvailablePermits.ToString(CultureInfo.InvariantCulture);
        }
        await next(context);
    }
}
