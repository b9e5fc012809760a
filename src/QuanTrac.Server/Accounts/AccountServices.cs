using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using QuanTrac.Storage;
using QuanTrac.Storage.Accounts;

namespace QuanTrac.Server.Accounts;

/// <summary>
/// Wires accounts into a service collection: Identity's <c>UserManager</c> over the QuanTrac store (also used by
/// the CLI), cookie sign-in for people, <c>X-Api-Key</c> for programs and stations, and the policies.
/// </summary>
public static class AccountServices
{
    /// <summary>Name of the scheme that picks the API key handler when the header is present, else the cookie.</summary>
    public const string Scheme = "QuanTrac";

    /// <summary>Failed sign-ins in a row before an account is locked out.</summary>
    public const int MaxFailedSignIns = 5;

    /// <summary>How long a lockout lasts.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>UserManager over the store's accounts: hashing (PBKDF2), lockout, password rules.</summary>
    public static IServiceCollection AddQuanTracIdentity(this IServiceCollection services, IQuanTracStore store)
    {
        var accounts = store as IAccountStore ?? throw new InvalidOperationException("This store keeps no accounts. / Kho dữ liệu này không lưu tài khoản.");
        services.AddSingleton(accounts);
        services.AddLogging();
        services.AddIdentityCore<QuanTracUser>(o =>
            {
                // Length over composition rules (NIST SP 800-63B): a long pass-phrase beats "Aa1!".
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddUserStore<QuanTracUserStore>();
        return services;
    }

    /// <summary>Authentication (cookie + API key) and authorization policies for the server.</summary>
    public static IServiceCollection AddQuanTracAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or API key", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeys.Header) ? ApiKeyAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = "quantrac.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/console/sign-in";
                o.AccessDeniedPath = "/console/denied";
                o.ReturnUrlParameter = "returnUrl";
                // Pages redirect a person to the sign-in form; API calls get a status code they can act on.
                o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, 401);
                o.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, 403);
                o.Events.OnValidatePrincipal = ValidateAgainstStoreAsync;
            });
        services.AddAuthorizationBuilder().AddQuanTracPolicies();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "quantrac.af";
            o.FormFieldName = "__af";
            o.HeaderName = WriteGuard.Header;
        });
        return services;
    }

    /// <summary>
    /// A cookie stays valid only while its user exists, is not locked out and has the same security stamp (a new
    /// password changes it): removing or locking an account ends its sessions at the next request, not in 8 hours.
    /// </summary>
    static async Task ValidateAgainstStoreAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        var stamp = context.Principal?.FindFirst(UserPrincipal.StampClaim)?.Value;
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var user = id is null ? null : await context.HttpContext.RequestServices.GetRequiredService<IAccountStore>().FindUserByIdAsync(id, context.HttpContext.RequestAborted);
        if (user is null || user.SecurityStamp != stamp || user.LockoutEnd > now)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/console", StringComparison.OrdinalIgnoreCase) && HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
        return status == 401
            ? Problems.WriteAsync(context.HttpContext, 401, "Sign-in required / Cần đăng nhập",
                $"Sign in at /console/sign-in, or send an API key in header {ApiKeys.Header}. / Hãy đăng nhập tại /console/sign-in hoặc gửi khoá API trong tiêu đề {ApiKeys.Header}.")
            : Problems.WriteAsync(context.HttpContext, 403, "Not allowed / Không được phép",
                "Your role does not allow this. / Vai trò của bạn không được phép làm việc này.");
    }
}
