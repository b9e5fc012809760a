using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using QuanTrac.Storage.Accounts;

namespace QuanTrac.Server.Accounts;

/// <summary>
/// Authenticates a request by its <c>X-Api-Key</c> header: the key's SHA-256 is looked up in the store, and the
/// request acts with the key's role (and station, for an upload key). A wrong key is a failure (401), not anonymous.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IAccountStore accounts) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>Scheme name.</summary>
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeys.Header, out var values))
            return AuthenticateResult.NoResult();
        var presented = values.ToString();
        if (presented.Length is 0 or > 200)
            return AuthenticateResult.Fail("Malformed API key.");
        var key = await accounts.FindApiKeyAsync(ApiKeys.Hash(presented), Context.RequestAborted);
        if (key is null)
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, key.Name),
            new(ClaimTypes.Role, key.Role),
            new(Roles.ApiKeyIdClaim, key.Id),
        };
        if (key.Station is { } station)
            claims.Add(new Claim(Roles.StationClaim, station));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await Problems.WriteAsync(Context, 401, "Wrong API key / Sai khoá API",
            $"The key in header {ApiKeys.Header} is unknown or revoked. / Khoá trong tiêu đề {ApiKeys.Header} không có hoặc đã bị thu hồi.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, 403, "Not allowed / Không được phép",
            "This key's role does not allow this. / Vai trò của khoá này không được phép làm việc này.");
}
