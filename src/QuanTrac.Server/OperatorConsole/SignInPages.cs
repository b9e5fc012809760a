using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using QuanTrac.Domain.Time;
using QuanTrac.Server.Accounts;

namespace QuanTrac.Server.OperatorConsole;

/// <summary>
/// Sign-in and sign-out. The password is checked by Identity's <c>UserManager</c>; five failures in a row lock
/// the account for 15 minutes (<see cref="AccountServices"/>), and a locked account is refused even with the
/// right password. Unknown user and wrong password get the same answer, so names cannot be probed.
/// </summary>
static class SignInPages
{
    public static IResult Form(HttpContext context, string? returnUrl) => Render(new ConsolePage(context), returnUrl, null, 200);

    static IResult Render(ConsolePage page, string? returnUrl, string? error, int status)
    {
        if (error is not null)
            page.Add($"""<p class="msg err" role="alert">{ConsolePage.E(error)}</p>""");
        page.Add($"""
            <form method="post" action="/console/sign-in">{page.AntiforgeryField()}
            <input type="hidden" name="returnUrl" value="{ConsolePage.E(returnUrl)}">
            <label for="user">{page.T("Tên đăng nhập", "User name")}</label><input id="user" name="user" autocomplete="username" required>
            <label for="password">{page.T("Mật khẩu", "Password")}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
            <p><button>{page.T("Đăng nhập", "Sign in")}</button></p></form>
            """);
        return page.Result(page.T("Đăng nhập bảng điều khiển", "Console sign-in"), status);
    }

    public static async Task<IResult> SignInAsync(HttpContext context, UserManager<QuanTracUser> users, TimeProvider time)
    {
        var page = new ConsolePage(context);
        if (await ConsoleForms.ReadAsync(context) is not { } form)
            return ConsoleForms.AntiforgeryFailed(page);
        var returnUrl = form["returnUrl"].ToString();
        var name = form["user"].ToString().Trim();
        var password = form["password"].ToString();
        var user = name.Length is > 0 and <= 256 ? await users.FindByNameAsync(name) : null;
        if (user is not null && await users.IsLockedOutAsync(user))
            return Render(page, returnUrl, Locked(page, user), 401);
        if (user is null || !await users.CheckPasswordAsync(user, password))
        {
            if (user is not null)
            {
                await users.AccessFailedAsync(user);
                if (await users.IsLockedOutAsync(user))
                    return Render(page, returnUrl, Locked(page, user), 401);
            }
            return Render(page, returnUrl, page.T("Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password."), 401);
        }
        await users.ResetAccessFailedCountAsync(user);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserPrincipal.Create(user));
        // Only a console path: never an open redirect to another site.
        var target = returnUrl.StartsWith("/console", StringComparison.Ordinal) && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/console";
        return Results.Redirect(target);
    }

    static string Locked(ConsolePage page, QuanTracUser user)
    {
        var until = user.LockoutEnd is { } end ? VietnamTime.FormatIso(end).Replace('T', ' ')[..16] : "?";
        return string.Create(CultureInfo.InvariantCulture, $"{page.T($"Tài khoản bị khoá do đăng nhập sai {AccountServices.MaxFailedSignIns} lần; thử lại sau {until} (giờ Việt Nam).", $"Account locked after {AccountServices.MaxFailedSignIns} failed sign-ins; try again after {until} (Vietnam time).")}");
    }

    public static async Task<IResult> SignOutAsync(HttpContext context)
    {
        if (await ConsoleForms.ReadAsync(context) is null)
            return ConsoleForms.AntiforgeryFailed(new ConsolePage(context));
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/console/sign-in");
    }

    public static IResult Denied(HttpContext context)
    {
        var page = new ConsolePage(context);
        page.Add($"""<p>{page.T("Vai trò của bạn không được phép xem trang này.", "Your role does not allow this page.")}</p>""");
        return page.Result(page.T("Không được phép", "Not allowed"), 403);
    }
}

/// <summary>Form posts of the console: read only after the antiforgery token checks out.</summary>
static class ConsoleForms
{
    /// <summary>The form, or null when the antiforgery token is missing or wrong.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext context)
    {
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            return await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (AntiforgeryValidationException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // Not a form post at all (wrong content type).
            return null;
        }
    }

    public static IResult AntiforgeryFailed(ConsolePage page)
    {
        page.Add($"""<p class="msg err" role="alert">{page.T("Biểu mẫu đã hết hạn hoặc không hợp lệ (thiếu mã chống giả mạo). Hãy tải lại trang và thử lại.", "The form expired or is invalid (antiforgery token missing). Reload the page and try again.")}</p>""");
        return page.Result(page.T("Yêu cầu không hợp lệ", "Invalid request"), 400);
    }
}
