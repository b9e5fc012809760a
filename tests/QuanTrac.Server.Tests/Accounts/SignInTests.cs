using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using QuanTrac.Server.Accounts;

namespace QuanTrac.Server.Tests.Accounts;

public sealed class SignInTests(AccountsServerFixture server) : IClassFixture<AccountsServerFixture>
{
    [Fact]
    public async Task Console_Anonymous_RedirectsToSignIn()
    {
        using var client = server.NewClient();
        using var response = await client.GetAsync("/console/files");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/console/sign-in?returnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_RightPassword_SetsCookieAndShowsStatusBoardInVietnamese()
    {
        using var client = await server.SignedInAsync("admin");
        var html = await client.GetStringAsync("/console");
        Assert.Contains("<html lang=\"vi\"", html, StringComparison.Ordinal);
        Assert.Contains("Trạng thái trạm", html, StringComparison.Ordinal);
        Assert.Contains(AccountsServerFixture.OwnStation, html, StringComparison.Ordinal);
        Assert.Contains(AccountsServerFixture.OtherStation, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_LangEn_SwitchesToEnglishAndRemembersIt()
    {
        using var client = await server.SignedInAsync("kiemtra1");
        Assert.Contains("Station status", await client.GetStringAsync("/console?lang=en"), StringComparison.Ordinal);
        var html = await client.GetStringAsync("/console/files");
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("File registry", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_Answers400AndNoCookie()
    {
        using var client = server.NewClient();
        await client.GetStringAsync("/console/sign-in");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["user"] = "admin", ["password"] = AccountsServerFixture.Password });
        using var response = await client.PostAsync("/console/sign-in", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("quantrac.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignIn_WrongPasswordOrUnknownUser_SameAnswer401()
    {
        using var client = server.NewClient();
        using var wrong = await AccountsServerFixture.SignInAsync(client, "kiemtra2", "not the password");
        using var unknown = await AccountsServerFixture.SignInAsync(client, "nobody", "not the password");
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (wrong.StatusCode, unknown.StatusCode));
        Assert.Contains("Sai tên đăng nhập hoặc mật khẩu.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Sai tên đăng nhập hoặc mật khẩu.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FiveFailures_LocksOutEvenTheRightPassword()
    {
        using (var scope = server.Services.CreateScope())
            Assert.Null(await UserAdministration.AddAsync(scope.ServiceProvider.GetRequiredService<UserManager<QuanTracUser>>(),
                "lockme", AccountsServerFixture.Password, Roles.Reviewer1));
        using var client = server.NewClient();
        for (var i = 0; i < AccountServices.MaxFailedSignIns; i++)
        {
            using var failed = await AccountsServerFixture.SignInAsync(client, "lockme", "wrong password " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }
        using var right = await AccountsServerFixture.SignInAsync(client, "lockme", AccountsServerFixture.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("Tài khoản bị khoá", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var board = await client.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, board.StatusCode);
    }

    [Fact]
    public async Task SignIn_ReturnUrlToAnotherSite_GoesToConsoleInstead()
    {
        using var client = server.NewClient();
        var token = await AccountsServerFixture.AntiforgeryTokenAsync(client, "/console/sign-in");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token, ["user"] = "admin", ["password"] = AccountsServerFixture.Password, ["returnUrl"] = "https://evil.example/",
        });
        using var response = await client.PostAsync("/console/sign-in", form);
        Assert.Equal("/console", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOut_ThenConsole_RedirectsToSignIn()
    {
        using var client = await server.SignedInAsync("kiemtra2");
        using var signOut = await AccountsServerFixture.PostFormAsync(client, "/console", "/console/sign-out", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var board = await client.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, board.StatusCode);
    }

    [Fact]
    public async Task Session_UserRemovedAfterSignIn_EndsAtTheNextRequest()
    {
        using (var scope = server.Services.CreateScope())
            Assert.Null(await UserAdministration.AddAsync(scope.ServiceProvider.GetRequiredService<UserManager<QuanTracUser>>(),
                "leaving", AccountsServerFixture.Password, Roles.Reviewer2));
        using var client = await server.SignedInAsync("leaving");
        using (var before = await client.GetAsync("/console"))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var accounts = server.Services.GetRequiredService<QuanTrac.Storage.Accounts.IAccountStore>();
        await accounts.DeleteUserAsync((await accounts.FindUserByNameAsync("LEAVING"))!.Id);
        using var after = await client.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task StoredPassword_IsAnIdentityHashNotTheText()
    {
        var user = await server.Services.GetRequiredService<QuanTrac.Storage.Accounts.IAccountStore>().FindUserByNameAsync("ADMIN");
        Assert.NotNull(user?.PasswordHash);
        Assert.DoesNotContain(AccountsServerFixture.Password, user.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<QuanTracUser>().VerifyHashedPassword(new QuanTracUser(), user.PasswordHash, AccountsServerFixture.Password));
    }
}
