using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using QuanTrac.TestKit;

namespace QuanTrac.Cli.Tests;

/// <summary>
/// <c>quantrac users add</c> and <c>quantrac keys create</c> through the real program, then the real server
/// started by <c>quantrac serve</c>: the new person signs in to the console and the new station key uploads a file.
/// </summary>
public partial class UsersAndKeysCommandTests
{
    [Fact]
    public async Task UsersAdd_BadRoleOrMissingScope_Exit2NamingTheOptionInBothLanguages()
    {
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir["pw"], "a long pass phrase\n");
        var badRole = await QuantracProcess.RunAsync("users", "add", "--data", dir["data"], "--user", "x", "--role", "boss", "--password-file", dir["pw"]);
        Assert.Equal(2, badRole.ExitCode);
        Assert.Contains("--role: unknown role 'boss'", badRole.Stderr, StringComparison.Ordinal);
        Assert.Contains("không có vai trò", badRole.Stderr, StringComparison.Ordinal);

        var noProvince = await QuantracProcess.RunAsync("users", "add", "--data", dir["data"], "--user", "x", "--role", "province-operator", "--password-file", dir["pw"]);
        Assert.Equal(2, noProvince.ExitCode);
        Assert.Contains("--province", noProvince.Stderr, StringComparison.Ordinal);

        await File.WriteAllTextAsync(dir["short"], "short\n");
        var shortPassword = await QuantracProcess.RunAsync("users", "add", "--data", dir["data"], "--user", "x", "--role", "admin", "--password-file", dir["short"]);
        Assert.Equal(2, shortPassword.ExitCode);
        Assert.Contains("Mật khẩu", shortPassword.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysCreate_UnregisteredStation_Exit2()
    {
        using var dir = new TempDir();
        var result = await QuantracProcess.RunAsync("keys", "create", "--data", dir["data"], "--station", "XX_NOBODY_NUO001");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--station", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAddAndKeysCreate_ThenServe_PersonSignsInAndStationUploads()
    {
        using var dir = new TempDir();
        await Cli.IngestAsync(dir["data"], "--auto-register", RealFiles.Quytttb);
        var station = Path.GetFileNameWithoutExtension(RealFiles.Quytttb)[..Path.GetFileNameWithoutExtension(RealFiles.Quytttb).LastIndexOf('_')];
        await File.WriteAllTextAsync(dir["pw"], "mat khau rat dai\n");
        var add = (await QuantracProcess.RunAsync("users", "add", "--data", dir["data"], "--user", "hoa", "--role", "admin", "--password-file", dir["pw"])).ShouldExit(0);
        Assert.Contains("\"user\":\"hoa\"", add.Stdout, StringComparison.Ordinal);
        var list = (await QuantracProcess.RunAsync("users", "list", "--data", dir["data"])).ShouldExit(0);
        Assert.Contains("hoa\tadmin", list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("mat khau", list.Stdout, StringComparison.Ordinal);

        using var created = (await QuantracProcess.RunAsync("keys", "create", "--data", dir["data"], "--station", station)).ShouldExit(0).Json();
        var key = created.RootElement.GetProperty("key").GetString()!;
        Assert.StartsWith("qt_", key, StringComparison.Ordinal);
        var keys = (await QuantracProcess.RunAsync("keys", "list", "--data", dir["data"])).ShouldExit(0);
        Assert.DoesNotContain(key, keys.Stdout, StringComparison.Ordinal);

        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        using var server = await QuantracProcess.StartAsync(["serve", "--data", dir["data"], "--urls", url.ToString().TrimEnd('/'), "--inbox-stable-ms", "200"]);
        try
        {
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = url };
            await WaitForHealthAsync(http);

            var html = await http.GetStringAsync("/console/sign-in");
            var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
            using var signIn = await http.PostAsync("/console/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__af"] = token, ["user"] = "hoa", ["password"] = "mat khau rat dai",
            }));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            using var board = await http.GetAsync("/console");
            Assert.Equal(HttpStatusCode.OK, board.StatusCode);
            Assert.Contains(station, await board.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var bytes = (await File.ReadAllBytesAsync(RealFiles.Quytttb)).Concat("\r\n"u8.ToArray()).ToArray();
            using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ingest/files");
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            upload.Content = new MultipartFormDataContent { { part, "file", Path.GetFileName(RealFiles.Quytttb) } };
            upload.Headers.Add("X-Api-Key", key);
            using var uploaded = await http.SendAsync(upload);
            var body = await uploaded.Content.ReadAsStringAsync();
            Assert.True(uploaded.StatusCode == HttpStatusCode.OK, body);
            using var json = JsonDocument.Parse(body);
            Assert.Contains(json.RootElement.GetProperty("files")[0].GetProperty("outcome").GetString(), new[] { "accepted", "duplicate" });
        }
        finally
        {
            server.KillHard();
        }
    }

    static async Task WaitForHealthAsync(HttpClient http)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("quantrac serve did not answer /health within 60 s");
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
