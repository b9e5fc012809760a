using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.RateLimits;
using QuanTrac.Storage;
using QuanTrac.Storage.Accounts;
using QuanTrac.TestKit;

namespace QuanTrac.Server.Tests.Accounts;

/// <summary>
/// A real server with one account per role, an API-client key and an upload key of station TB_CAPH_NUOSXL.
/// Stations: TB_CAPH_NUOSXL (province TB, facility CAPH) and HN_PHCH_NUOPCH (HN, PHCH). One file of
/// TB_CAPH_NUOSXL arrived through the inbox before its station was registered, so it sits in quarantine.
/// </summary>
public partial class AccountsServerFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";
    public const string OwnStation = "TB_CAPH_NUOSXL";
    public const string OtherStation = "HN_PHCH_NUOPCH";
    public const string QuarantinedFile = "TB_CAPH_NUOSXL_20260325000000.txt";

    /// <summary>User name per role; the operator is scoped to TB, the enterprise user to CAPH, the lab to L07.</summary>
    public static readonly IReadOnlyDictionary<string, string> UserOf = new Dictionary<string, string>
    {
        [Roles.Admin] = "admin", [Roles.ProvinceOperator] = "so-tb", [Roles.Reviewer1] = "kiemtra1", [Roles.Reviewer2] = "kiemtra2",
        [Roles.Enterprise] = "caph", [Roles.ApiClient] = "client-user", [Roles.Laboratory] = "lab07", [Roles.PtCoordinator] = "dieuphoi",
    };

    readonly string _data = Directory.CreateTempSubdirectory("quantrac-accounts-").FullName;
    WebApplication _app = null!;

    protected virtual RateLimitOptions Limits => new() { Anonymous = 100_000, ApiClient = 100_000, SignedIn = 100_000, Station = 100_000 };

    public Uri Address { get; private set; } = null!;
    public IQuanTracStore Store { get; private set; } = null!;
    public IServiceProvider Services => _app.Services;
    public string ClientKey { get; private set; } = "";
    public string StationKey { get; private set; } = "";
    public long QuarantinedFileId { get; private set; }

    public static byte[] RealFile { get; } = File.ReadAllBytes(Path.Combine(RepoPaths.RealStationFiles, "envisoft-water-demo", "normal", QuarantinedFile));

    public async Task InitializeAsync()
    {
        _app = await QuanTracServer.BuildAsync(new ServerOptions
        {
            DataDirectory = _data,
            Urls = "http://127.0.0.1:0",
            InboxStableFor = TimeSpan.FromMilliseconds(200),
            RateLimits = Limits,
        });
        await _app.StartAsync();
        Address = new Uri(_app.Urls.First());
        Store = _app.Services.GetRequiredService<IQuanTracStore>();

        var inbox = Path.Combine(_data, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllBytesAsync(Path.Combine(inbox, QuarantinedFile), RealFile);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await Store.GetFilesAsync(new FileQuery(), timeout.Token)).SingleOrDefault() is not { } entry)
            await Task.Delay(100, timeout.Token);
        QuarantinedFileId = (await Store.GetFilesAsync(new FileQuery(FileOutcomeKind.Quarantined))).Single().Id;

        await Store.SaveStationAsync(Some.WastewaterStation(OwnStation) with { Province = "TB", Facility = "CAPH", NameVi = "Trạm Cà phê", NameEn = "Coffee station" });
        await Store.SaveStationAsync(Some.WastewaterStation(OtherStation) with { Province = "HN", Facility = "PHCH", NameVi = "Trạm Phú Chánh", NameEn = "Phu Chanh station" });

        using (var scope = _app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<QuanTracUser>>();
            foreach (var (role, user) in UserOf)
                Assert.Null(await UserAdministration.AddAsync(users, user, Password, role,
                    province: role == Roles.ProvinceOperator ? "TB" : null,
                    facility: role == Roles.Enterprise ? "CAPH" : null,
                    lab: role == Roles.Laboratory ? "L07" : null));
        }
        var accounts = _app.Services.GetRequiredService<IAccountStore>();
        ClientKey = await ApiKeys.CreateClientKeyAsync(accounts, "mirror", DateTimeOffset.UnixEpoch);
        StationKey = await ApiKeys.CreateStationKeyAsync(accounts, OwnStation, DateTimeOffset.UnixEpoch);
    }

    /// <summary>A client with its own cookie jar that does not follow redirects (tests look at them).</summary>
    public HttpClient NewClient() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
    {
        BaseAddress = Address,
    };

    /// <summary>A client signed in as <paramref name="user"/> through the real sign-in form.</summary>
    public async Task<HttpClient> SignedInAsync(string user, string password = Password)
    {
        var client = NewClient();
        using var response = await SignInAsync(client, user, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts the sign-in form with the antiforgery token of a freshly fetched form.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/console/sign-in");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token, ["user"] = user, ["password"] = password, ["returnUrl"] = "/console" });
        return await client.PostAsync("/console/sign-in", form);
    }

    /// <summary>The antiforgery token of the form on <paramref name="page"/>.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No antiforgery field on " + page);
    }

    /// <summary>Posts a console form with a valid antiforgery token taken from <paramref name="formPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        fields["__af"] = await AntiforgeryTokenAsync(client, formPage);
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(action, form);
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
