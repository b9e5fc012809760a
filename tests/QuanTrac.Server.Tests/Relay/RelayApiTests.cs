using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using QuanTrac.Server.Relay;
using QuanTrac.Storage;
using QuanTrac.TestKit;

namespace QuanTrac.Server.Tests.Relay;

/// <summary>An upstream on loopback that accepts relayed files with the key <see cref="Key"/>.</summary>
public sealed class UpstreamFixture : IAsyncLifetime
{
    public const string Key = "centre-key";
    readonly string _data = Directory.CreateTempSubdirectory("quantrac-upstream-").FullName;
    WebApplication _app = null!;

    public HttpClient Client { get; private set; } = null!;
    public IQuanTracStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = await QuanTracServer.BuildAsync(new ServerOptions { DataDirectory = _data, Urls = "http://127.0.0.1:0", RelayKey = Key });
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
        Store = _app.Services.GetRequiredService<IQuanTracStore>();
        await Store.SaveStationAsync(Some.WastewaterStation("TB_CAPH_NUOSXL"));
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}

public sealed class RelayApiTests(UpstreamFixture upstream) : IClassFixture<UpstreamFixture>
{
    static readonly byte[] RealFile = File.ReadAllBytes(
        Path.Combine(RepoPaths.RealStationFiles, "envisoft-water-demo", "normal", "TB_CAPH_NUOSXL_20260325000000.txt"));

    static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(byte[] body, string? name, string? sha, string? key = UpstreamFixture.Key, string? source = "TB")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, RelayProtocol.Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (name is not null)
            request.Headers.Add(RelayProtocol.FileNameHeader, Uri.EscapeDataString(name));
        if (sha is not null)
            request.Headers.Add(RelayProtocol.Sha256Header, sha);
        if (source is not null)
            request.Headers.Add(RelayProtocol.SourceHeader, source);
        using var response = await upstream.Client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    static void AssertProblemInBothLanguages(JsonElement body)
    {
        var detail = body.GetProperty("detail").GetString()!;
        Assert.Contains(" / ", detail, StringComparison.Ordinal);
        Assert.Contains(" / ", body.GetProperty("title").GetString()!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    [InlineData("centre-key-but-longer")]
    public async Task Post_MissingOrWrongKey_Answers401(string? key)
    {
        var (status, body) = await PostAsync(RealFile, "TB_CAPH_NUOSXL_20260325000000.txt", Sha(RealFile), key);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("RELAY_KEY", body.GetProperty("code").GetString());
        AssertProblemInBothLanguages(body);
    }

    [Fact]
    public async Task Post_BodyNotMatchingItsHash_Answers422AndStoresNothing()
    {
        var damaged = RealFile[..^10];
        var (status, body) = await PostAsync(damaged, "TB_CAPH_NUOSXL_20260325000500.txt", Sha(RealFile));
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Equal("RELAY_SHA256_MISMATCH", body.GetProperty("code").GetString());
        AssertProblemInBothLanguages(body);
        Assert.DoesNotContain(await upstream.Store.GetFilesAsync(new FileQuery()), f => f.FileName == "TB_CAPH_NUOSXL_20260325000500.txt");
    }

    [Theory]
    [InlineData(null, "RELAY_FILE_NAME")]
    [InlineData("", "RELAY_FILE_NAME")]
    [InlineData("../TB_CAPH_NUOSXL_20260325000000.txt", "RELAY_FILE_NAME")]
    [InlineData("TB/TB_CAPH_NUOSXL_20260325000000.txt", "RELAY_FILE_NAME")]
    public async Task Post_NameMissingOrWithFolder_Answers400(string? name, string code)
    {
        var (status, body) = await PostAsync(RealFile, name, Sha(RealFile));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, body.GetProperty("code").GetString());
        AssertProblemInBothLanguages(body);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("abc")]
    [InlineData("zz65aa0000000000000000000000000000000000000000000000000000000000")]
    public async Task Post_Sha256HeaderMissingOrMalformed_Answers400(string? sha)
    {
        var (status, body) = await PostAsync(RealFile, "TB_CAPH_NUOSXL_20260325000000.txt", sha);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("RELAY_SHA256", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_SourceWithSpaces_Answers400()
    {
        var (status, body) = await PostAsync(RealFile, "TB_CAPH_NUOSXL_20260325000000.txt", Sha(RealFile), source: "Thai Binh");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("RELAY_SOURCE", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_SameFileTwice_AcceptedThenDuplicateWithNameAndBytesKept()
    {
        var bytes = RealFile.Concat("\r\n"u8.ToArray()).ToArray(); // bytes of its own: the class's other tests do not touch it
        const string name = "TB_CAPH_NUOSXL_20260325000000.txt";
        var (first, firstBody) = await PostAsync(bytes, name, Sha(bytes).ToUpperInvariant());
        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal("accepted", firstBody.GetProperty("outcome").GetString());
        Assert.True(firstBody.GetProperty("inserted").GetInt32() > 0);

        var (second, secondBody) = await PostAsync(bytes, name, Sha(bytes));
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Equal("duplicate", secondBody.GetProperty("outcome").GetString());

        var entry = Assert.Single(await upstream.Store.GetFilesAsync(new FileQuery()), f => f.Sha256 == Sha(bytes));
        Assert.Equal((name, "relay/TB/" + name, 2, FileOutcomeKind.Accepted), (entry.FileName, entry.SourcePath, entry.Receipts, entry.Outcome));
        Assert.Equal(bytes, await upstream.Store.GetRawBytesAsync(Sha(bytes)));
    }

    [Fact]
    public async Task Post_UnregisteredStation_Answers200QuarantinedWithReason()
    {
        var bytes = RealFile;
        var (status, body) = await PostAsync(bytes, "XX_NOBODY_NUO001_20260325000000.txt", Sha(bytes));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("quarantined", body.GetProperty("outcome").GetString());
        Assert.Equal("UNREGISTERED_STATION", body.GetProperty("reason").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("reason").GetProperty("vi").GetString()));
    }
}

public sealed class RelayNotEnabledTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Post_ServerWithoutRelayKey_Answers404Problem()
    {
        using var content = new ByteArrayContent([1, 2, 3]);
        using var request = new HttpRequestMessage(HttpMethod.Post, RelayProtocol.Path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "anything");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("--relay-key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
