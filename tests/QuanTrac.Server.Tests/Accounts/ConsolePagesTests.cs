using System.Net;
using QuanTrac.Domain.Stations;
using QuanTrac.Storage;

namespace QuanTrac.Server.Tests.Accounts;

public sealed class ConsolePagesTests(AccountsServerFixture server) : IClassFixture<AccountsServerFixture>
{
    [Fact]
    public async Task StatusBoard_ProvinceOperator_SeesOnlyItsProvince()
    {
        using var client = await server.SignedInAsync("so-tb");
        var html = await client.GetStringAsync("/console");
        Assert.Contains(AccountsServerFixture.OwnStation, html, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountsServerFixture.OtherStation, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusBoard_Enterprise_SeesOnlyItsFacility()
    {
        using var client = await server.SignedInAsync("caph");
        var html = await client.GetStringAsync("/console/stations");
        Assert.Contains(AccountsServerFixture.OwnStation, html, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountsServerFixture.OtherStation, html, StringComparison.Ordinal);
        Assert.DoesNotContain("/edit", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilesPage_ShowsQuarantineReasonAndReingestButtonForAdminOnly()
    {
        using var admin = await server.SignedInAsync("admin");
        var html = await admin.GetStringAsync("/console/files?quarantined=true&lang=en");
        Assert.Contains("UNREGISTERED_STATION", html, StringComparison.Ordinal);
        using var reviewer = await server.SignedInAsync("kiemtra1");
        var reviewerHtml = await reviewer.GetStringAsync("/console/files?quarantined=true");
        Assert.Contains("UNREGISTERED_STATION", reviewerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("/reingest", reviewerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reingest_QuarantinedFileAfterItsStationWasRegistered_IsAccepted()
    {
        using var client = await server.SignedInAsync("so-tb");
        Assert.Contains($"/console/files/{server.QuarantinedFileId}/reingest", await client.GetStringAsync("/console/files?quarantined=true"), StringComparison.Ordinal);
        using var response = await AccountsServerFixture.PostFormAsync(client, "/console/files?quarantined=true&lang=en",
            $"/console/files/{server.QuarantinedFileId}/reingest", []);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accepted", html, StringComparison.Ordinal);
        var entries = await server.Store.GetFilesAsync(new FileQuery(Station: AccountsServerFixture.OwnStation));
        Assert.Contains(entries, e => e.FileName == AccountsServerFixture.QuarantinedFile && e.Outcome == FileOutcomeKind.Accepted && e.Records > 0);
    }

    [Fact]
    public async Task Reingest_WithoutAntiforgeryToken_Answers400()
    {
        using var client = await server.SignedInAsync("admin");
        using var response = await client.PostAsync($"/console/files/{server.QuarantinedFileId}/reingest", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task StationEdit_ProvinceOperatorOwnProvince_SavesAndTheApiShowsIt()
    {
        using var client = await server.SignedInAsync("so-tb");
        var id = AccountsServerFixture.OwnStation;
        using var response = await AccountsServerFixture.PostFormAsync(client, $"/console/stations/{id}/edit", $"/console/stations/{id}", new()
        {
            ["nameVi"] = "Trạm Cà phê (sửa)", ["nameEn"] = "Coffee station (edited)", ["latitude"] = "20.45", ["longitude"] = "106.34", ["interval"] = "5",
            ["province"] = "HN", // ignored: only administrators move a station to another province
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var station = await server.Store.GetStationAsync(id);
        Assert.Equal(("Trạm Cà phê (sửa)", "TB", 20.45), (station!.NameVi, station.Province, station.Location!.Latitude));
        using var anonymous = server.NewClient();
        Assert.Contains("Coffee station (edited)", await anonymous.GetStringAsync($"/api/v1/stations/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StationEdit_ReadingSettings_SavedAndShownChecked()
    {
        using var client = await server.SignedInAsync("admin");
        var id = AccountsServerFixture.OtherStation;
        var fields = new Dictionary<string, string> { ["nameVi"] = "Trạm Phú Chánh", ["nameEn"] = "Phu Chanh station", ["interval"] = "5", ["decimalComma"] = "on" };
        using var saved = await AccountsServerFixture.PostFormAsync(client, $"/console/stations/{id}/edit", $"/console/stations/{id}", new(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(new StationFileReading(DecimalComma: true), (await server.Store.GetStationAsync(id))!.Reading);
        Assert.Contains("name=\"decimalComma\" checked", await client.GetStringAsync($"/console/stations/{id}/edit"), StringComparison.Ordinal);

        // Strict with a decimal comma cannot be read; a legacy name needs a prefix of letters only: both refused, nothing saved.
        fields["strict"] = "on";
        fields["legacyName"] = "on";
        using var refused = await AccountsServerFixture.PostFormAsync(client, $"/console/stations/{id}/edit", $"/console/stations/{id}", new(fields));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.True(body.Contains("dung sai", StringComparison.Ordinal) || body.Contains("tolerant mode only", StringComparison.Ordinal), body);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(body, "<li>").Count);
        Assert.Equal(new StationFileReading(DecimalComma: true), (await server.Store.GetStationAsync(id))!.Reading);

        fields.Remove("strict");
        fields.Remove("legacyName");
        fields.Remove("decimalComma");
        using var cleared = await AccountsServerFixture.PostFormAsync(client, $"/console/stations/{id}/edit", $"/console/stations/{id}", new(fields));
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Null((await server.Store.GetStationAsync(id))!.Reading);
    }

    [Fact]
    public async Task StationEdit_ProvinceOperatorOtherProvince_Answers404WithoutDisclosingIt()
    {
        using var client = await server.SignedInAsync("so-tb");
        using var form = await client.GetAsync($"/console/stations/{AccountsServerFixture.OtherStation}/edit");
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        var token = await AccountsServerFixture.AntiforgeryTokenAsync(client, "/console");
        using var post = await client.PostAsync($"/console/stations/{AccountsServerFixture.OtherStation}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token, ["nameVi"] = "x", ["nameEn"] = "x", ["interval"] = "5",
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal("Trạm Phú Chánh", (await server.Store.GetStationAsync(AccountsServerFixture.OtherStation))!.NameVi);
    }

    [Fact]
    public async Task StationEdit_BadLatitude_Answers400NamingTheFieldInBothLanguages()
    {
        using var client = await server.SignedInAsync("admin");
        var id = AccountsServerFixture.OtherStation;
        var fields = new Dictionary<string, string> { ["nameVi"] = "Trạm", ["nameEn"] = "Station", ["latitude"] = "95,5", ["longitude"] = "106", ["interval"] = "5" };
        using var vi = await AccountsServerFixture.PostFormAsync(client, $"/console/stations/{id}/edit", $"/console/stations/{id}", new(fields));
        Assert.Equal(HttpStatusCode.BadRequest, vi.StatusCode);
        Assert.Contains("Vĩ độ/kinh độ", await vi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var en = await AccountsServerFixture.PostFormAsync(client, $"/console/stations/{id}/edit?lang=en", $"/console/stations/{id}", new(fields));
        Assert.Contains("Latitude/longitude", await en.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Trạm Phú Chánh", (await server.Store.GetStationAsync(id))!.NameVi);
    }

    [Fact]
    public async Task StationEdit_Reviewer_IsRefused()
    {
        using var client = await server.SignedInAsync("kiemtra1");
        using var response = await client.GetAsync($"/console/stations/{AccountsServerFixture.OwnStation}/edit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/console/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
