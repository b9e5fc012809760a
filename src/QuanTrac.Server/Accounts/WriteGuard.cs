using Microsoft.AspNetCore.Antiforgery;

namespace QuanTrac.Server.Accounts;

/// <summary>
/// The rule for API writes, the same as the console's forms: a person signed in with the cookie must send the
/// antiforgery token (form field <c>__af</c> or header <see cref="Header"/>, taken from any console form), because a
/// browser attaches the cookie to requests other sites make; a program authenticated by its <c>X-Api-Key</c> needs no
/// token (no browser attaches that header by itself).
/// </summary>
public static class WriteGuard
{
    /// <summary>Header that carries the antiforgery token of API writes made with the cookie.</summary>
    public const string Header = "RequestVerificationToken";

    /// <summary>Null when the write may go on, else the 400 problem to answer.</summary>
    public static async Task<IResult?> CheckAsync(HttpContext context)
    {
        if (context.User.Identity?.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName)
            return null;
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Refused();
        }
        catch (InvalidOperationException)
        {
            // A body the antiforgery check cannot read (e.g. a malformed form): refused the same way.
            return Refused();
        }
    }

    static IResult Refused() => Results.Problem(statusCode: 400, title: "Antiforgery token missing / Thiếu mã chống giả mạo",
        detail: $"A cookie-signed-in caller must send the antiforgery token of a console form (field __af or header {Header}); programs use an API key. / "
            + $"Khi đăng nhập bằng cookie cần gửi mã chống giả mạo của biểu mẫu (trường __af hoặc tiêu đề {Header}); chương trình dùng khoá API.");
}
