using System.Net;
using System.Text;
using System.Text.Json;
using QuanTrac.Server.Tests.Accounts;

namespace QuanTrac.Server.Tests.Proficiency;

/// <summary>
/// Reference-material checks over HTTP: the admin records any station's checks, a province operator only its province's
/// (a sheet naming another province's station is refused whole, the row named) and reads only its province in the
/// list and the programme summary.
/// </summary>
public sealed class ReferenceCheckApiTests(AccountsServerFixture server) : IClassFixture<AccountsServerFixture>
{
    const string Header = "station,analyser,parameter,certified,certified_u,lot,temperature,readings,operator,time\n";
    const string OwnPassed = $"{AccountsServerFixture.OwnStation},A1,pH,7.00,0.02,LOT-1,25,7.05;7.10,Nguyễn Văn A,2026-03-25T09:30:00\n";
    const string OtherFailed = $"{AccountsServerFixture.OtherStation},A2,NH4+,10.0,0.1,LOT-2,24,11.0;11.2,Trần Thị B,2026-03-25T10:00:00\n";

    static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string url, string? csv, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url);
        if (csv is not null)
            request.Content = PtHttpClients.File("checks.csv", Encoding.UTF8.GetBytes(csv));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Record_AdminAndProvinceOperator_ScopedToProvinceInRecordListAndSummary()
    {
        using var admin = await PtHttpClients.CoordinatorAsync(server, AccountsServerFixture.UserOf["admin"]);
        using var operatorTb = await PtHttpClients.CoordinatorAsync(server, AccountsServerFixture.UserOf["province-operator"]);

        var recorded = await SendAsync(admin, HttpMethod.Post, "/api/v1/refchecks/", Header + OwnPassed + OtherFailed, HttpStatusCode.OK);
        Assert.Equal(2, recorded.GetProperty("recorded").GetInt32());
        Assert.Equal([true, false], recorded.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("pass").GetBoolean()));

        // The TB operator may not record a HN station's check: refused whole, row 3 named, nothing stored.
        var refused = await SendAsync(operatorTb, HttpMethod.Post, "/api/v1/refchecks/",
            Header + OwnPassed.Replace("09:30", "11:30", StringComparison.Ordinal) + OtherFailed.Replace("10:00", "12:00", StringComparison.Ordinal), HttpStatusCode.Forbidden);
        Assert.Equal(3, refused.GetProperty("row").GetInt32());
        Assert.Contains("Dòng 3", refused.GetProperty("detail").GetString()!, StringComparison.Ordinal);
        Assert.Contains("Row 3", refused.GetProperty("detail").GetString()!, StringComparison.Ordinal);
        var again = await SendAsync(operatorTb, HttpMethod.Post, "/api/v1/refchecks/", Header + OwnPassed, HttpStatusCode.OK);
        Assert.Equal((0, 1), (again.GetProperty("recorded").GetInt32(), again.GetProperty("duplicates").GetInt32()));

        var all = await SendAsync(admin, HttpMethod.Get, "/api/v1/refchecks/summary", null, HttpStatusCode.OK);
        Assert.Equal("2 trạm, 1 đạt / 2 stations, 1 passed", all.GetProperty("text").GetString());
        var tb = await SendAsync(operatorTb, HttpMethod.Get, "/api/v1/refchecks/summary", null, HttpStatusCode.OK);
        Assert.Equal("1 trạm, 1 đạt / 1 stations, 1 passed", tb.GetProperty("text").GetString());
        var list = await SendAsync(operatorTb, HttpMethod.Get, "/api/v1/refchecks/?from=2026-03-25T00:00:00", null, HttpStatusCode.OK);
        Assert.Equal([AccountsServerFixture.OwnStation], list.EnumerateArray().Select(c => c.GetProperty("station").GetString()));
        Assert.Equal(2, (await SendAsync(admin, HttpMethod.Get, "/api/v1/refchecks/", null, HttpStatusCode.OK)).GetArrayLength());

        Assert.Equal("REFCHECK_TIME", (await SendAsync(admin, HttpMethod.Get, "/api/v1/refchecks/?from=yesterday", null, HttpStatusCode.BadRequest))
            .GetProperty("code").GetString());
    }

    [Fact]
    public async Task Record_UnknownParameterInRow2_BilingualProblemNamingRowAndColumn()
    {
        using var admin = await PtHttpClients.CoordinatorAsync(server, AccountsServerFixture.UserOf["admin"]);
        var problem = await SendAsync(admin, HttpMethod.Post, "/api/v1/refchecks/", Header + OwnPassed.Replace(",pH,", ",COD,", StringComparison.Ordinal), HttpStatusCode.BadRequest);
        Assert.Equal((2, "parameter"), (problem.GetProperty("row").GetInt32(), problem.GetProperty("column").GetString()));
        Assert.Equal("REFCHECK_UNKNOWN_PARAMETER", problem.GetProperty("code").GetString());
    }
}
