using System.Net;
using System.Net.Http.Json;
using System.Text;
using QuanTrac.Server.Tests.Accounts;

namespace QuanTrac.Server.Tests.Proficiency;

/// <summary>The console pages of proficiency testing through real forms: the pt-coordinator account uploads and publishes, the laboratory finds its report.</summary>
public sealed class PtConsolePagesTests(AccountsServerFixture server) : IClassFixture<AccountsServerFixture>
{
    static MultipartFormDataContent Form(string token, string? csv = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__af" } };
        if (csv is not null)
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "sheet.csv");
        return form;
    }

    async Task<string> PostAsync(HttpClient client, string action, string? csv, HttpStatusCode expected)
    {
        using var form = Form(await AccountsServerFixture.AntiforgeryTokenAsync(client, "/console/pt"), csv);
        using var response = await client.PostAsync(action, form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {html}");
        return html;
    }

    [Fact]
    public async Task RoundPages_CoordinatorUploadsComputesPublishes_LaboratoryFindsOnlyItsReport()
    {
        using var admin = await PtHttpClients.CoordinatorAsync(server, AccountsServerFixture.UserOf["pt-coordinator"]);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/pt/schemes", new { code = "AIR", nameVi = "Khí 2026", nameEn = "Air 2026" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/pt/rounds", new
        {
            code = "AIR-R1", scheme = "AIR", measurands = new[] { new { code = "SO2", unit = "mg/L", assigned = "reference", referenceValue = 10.0, referenceU = 0.1, sigma = "fixed", sigmaValue = 1.0 } },
        })).StatusCode);

        var page = await admin.GetStringAsync("/console/pt?lang=en");
        Assert.Contains("AIR-R1", page, StringComparison.Ordinal);
        Assert.Contains("""href="/console/pt">""", page, StringComparison.Ordinal);

        Assert.Contains("3 laboratories enrolled", await PostAsync(admin, "/console/pt/rounds/AIR-R1/participants", "lab,participant\nL07,Q1\nL08,Q2\nL09,Q3\n", HttpStatusCode.OK), StringComparison.Ordinal);
        var bad = await PostAsync(admin, "/console/pt/rounds/AIR-R1/results", "participant,value\nQ1,10.2\nQ9,9.8\n", HttpStatusCode.BadRequest);
        Assert.Contains("Row 3", bad, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored.", bad, StringComparison.Ordinal);
        Assert.Contains("3 results imported", await PostAsync(admin, "/console/pt/rounds/AIR-R1/results", "participant,value\nQ1,10.2\nQ2,9.8\nQ3,13.5\n", HttpStatusCode.OK), StringComparison.Ordinal);
        await PostAsync(admin, "/console/pt/rounds/AIR-R1/compute", null, HttpStatusCode.OK);
        Assert.Contains("Published", await PostAsync(admin, "/console/pt/rounds/AIR-R1/publish", null, HttpStatusCode.OK), StringComparison.Ordinal);

        using var lab07 = await server.SignedInAsync(AccountsServerFixture.UserOf["laboratory"]);
        var labPage = await lab07.GetStringAsync("/console/pt/lab?lang=en");
        Assert.Contains("/api/v1/pt/lab/rounds/AIR-R1/report", labPage, StringComparison.Ordinal);
        Assert.Contains("<td>Q1</td>", labPage, StringComparison.Ordinal);
        // Another laboratory's code as page text (not inside the page's random antiforgery token, which may hold "Q2").
        Assert.DoesNotMatch(@"(?<![A-Za-z0-9+/_-])Q[23](?![A-Za-z0-9+/_-])", labPage);
        Assert.Contains("Q1", await lab07.GetStringAsync("/api/v1/pt/lab/rounds/AIR-R1/report"), StringComparison.Ordinal);
    }
}
