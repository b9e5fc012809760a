using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Tests.Accounts;
using QuanTrac.Server.Upload;
using QuanTrac.Storage;

namespace QuanTrac.Server.Tests.Upload;

public sealed class UploadApiTests(AccountsServerFixture server) : IClassFixture<AccountsServerFixture>
{
    static MultipartFormDataContent Files(params (string Name, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            content.Add(part, "file", name);
        }
        return content;
    }

    async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string? key, MultipartFormDataContent content)
    {
        using var client = server.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, UploadApi.Path) { Content = content };
        if (key is not null)
            request.Headers.Add(ApiKeys.Header, key);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    static byte[] Variant(string suffix) => [.. AccountsServerFixture.RealFile, .. System.Text.Encoding.ASCII.GetBytes(suffix)];

    [Fact]
    public async Task Upload_StationKeyAndItsOwnFiles_AcceptedThroughTheIntakeWithUploadSource()
    {
        var a = Variant("\r\n");
        var b = Variant("\r\n\r\n");
        using var content = Files(("TB_CAPH_NUOSXL_20260325000000.txt", a), ("TB_CAPH_NUOSXL_20260325000000.txt", b));
        var (status, body) = await PostAsync(server.StationKey, content);
        Assert.Equal(HttpStatusCode.OK, status);
        var outcomes = body.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("outcome").GetString()).ToList();
        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o is "accepted" or "duplicate", o));

        var sha = Convert.ToHexStringLower(SHA256.HashData(a));
        var entry = Assert.Single(await server.Store.GetFilesAsync(new FileQuery()), f => f.Sha256 == sha);
        Assert.Equal("upload/TB_CAPH_NUOSXL/TB_CAPH_NUOSXL_20260325000000.txt", entry.SourcePath);
        Assert.Equal(a, await server.Store.GetRawBytesAsync(sha));
    }

    [Fact]
    public async Task Upload_AnotherStationsFile_Answers403BilingualAndStoresNothing()
    {
        var bytes = Variant(" other");
        using var content = Files(("TB_CAPH_NUOSXL_20260325001000.txt", Variant(" own")), ("HN_PHCH_NUOPCH_20260325000000.txt", bytes));
        var (status, body) = await PostAsync(server.StationKey, content);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("UPLOAD_WRONG_STATION", body.GetProperty("code").GetString());
        Assert.Contains(" / ", body.GetProperty("detail").GetString()!, StringComparison.Ordinal);
        Assert.Contains(" / ", body.GetProperty("title").GetString()!, StringComparison.Ordinal);
        var files = await server.Store.GetFilesAsync(new FileQuery());
        Assert.DoesNotContain(files, f => f.FileName is "HN_PHCH_NUOPCH_20260325000000.txt" or "TB_CAPH_NUOSXL_20260325001000.txt");
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("qt_not-a-key", HttpStatusCode.Unauthorized)]
    public async Task Upload_NoKeyOrUnknownKey_Answers401(string? key, HttpStatusCode expected)
    {
        using var content = Files(("TB_CAPH_NUOSXL_20260325002000.txt", Variant(" x")));
        var (status, body) = await PostAsync(key, content);
        Assert.Equal(expected, status);
        Assert.Contains(" / ", body.GetProperty("title").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ApiClientKey_Answers403()
    {
        using var content = Files(("TB_CAPH_NUOSXL_20260325002000.txt", Variant(" y")));
        var (status, body) = await PostAsync(server.ClientKey, content);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains(" / ", body.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_FileNameWithFolder_Answers400()
    {
        using var content = Files(("../TB_CAPH_NUOSXL_20260325003000.txt", Variant(" z")));
        var (status, body) = await PostAsync(server.StationKey, content);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("UPLOAD_FILE_NAME", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Upload_NoFilePart_Answers400()
    {
        using var content = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        var (status, body) = await PostAsync(server.StationKey, content);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("UPLOAD_NO_FILE", body.GetProperty("code").GetString());
    }
}
