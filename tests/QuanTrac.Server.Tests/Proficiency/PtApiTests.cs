using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using QuanTrac.Server.Tests.Accounts;

namespace QuanTrac.Server.Tests.Proficiency;

/// <summary>
/// A whole proficiency-testing round over HTTP against the real server: the admin creates a scheme and a round, enrols
/// 30 laboratories under anonymous codes, uploads their results as XLSX, computes and publishes; two laboratory accounts
/// each download only their own report.
/// </summary>
public sealed partial class PtApiTests(AccountsServerFixture server) : IClassFixture<AccountsServerFixture>
{
    // 30 COD results around 50 mg/L with one gross outlier (lab 7's); U with k = 2.
    static readonly double[] Values =
    [
        49.8, 50.6, 48.9, 51.2, 50.1, 49.5, 70.0, 50.9, 49.2, 50.4, 51.8, 48.6, 50.0, 49.9, 50.7,
        49.1, 50.3, 51.1, 48.8, 50.2, 49.6, 52.4, 47.9, 50.5, 49.7, 50.8, 49.4, 51.5, 48.4, 50.0,
    ];

    /// <summary>Laboratory L01…L30 takes part as K30…K01 (the code says nothing about the lab).</summary>
    static string Lab(int i) => string.Create(CultureInfo.InvariantCulture, $"L{i:00}");

    static string Code(int i) => string.Create(CultureInfo.InvariantCulture, $"K{31 - i:00}");

    static byte[] Enrolment(int labs) =>
        Encoding.UTF8.GetBytes("lab,participant\n" + string.Concat(Enumerable.Range(1, labs).Select(i => $"{Lab(i)},{Code(i)}\n")));

    static byte[] ResultsXlsx() => PtHttpClients.Workbook(["participant", "value", "U", "k", "method"],
        Enumerable.Range(1, 30).Select(i => new object[] { Code(i), Values[i - 1], 2.0, 2.0, "SMEWW 5220C" }));

    static object Round(string code, object measurand) => new { code, scheme = "WAT", title = "COD " + code, measurands = new[] { measurand } };

    static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    static async Task<JsonElement> PostJsonAsync(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        return await JsonAsync(response, expected);
    }

    static async Task<JsonElement> PostFileAsync(HttpClient client, string url, string name, byte[] bytes, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var content = PtHttpClients.File(name, bytes);
        using var response = await client.PostAsync(url, content);
        return await JsonAsync(response, expected);
    }

    async Task<HttpClient> AdminWithSchemeAsync()
    {
        var admin = await PtHttpClients.CoordinatorAsync(server, AccountsServerFixture.UserOf["admin"]);
        using var response = await admin.PostAsJsonAsync("/api/v1/pt/schemes", new { code = "WAT", nameVi = "Nước thải 2026", nameEn = "Wastewater 2026" });
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest); // the class's tests share one server
        return admin;
    }

    [Fact]
    public async Task Round_ThirtyLabsFromXlsxOverHttp_EachLabDownloadsOnlyItsOwnPublishedReport()
    {
        using var admin = await AdminWithSchemeAsync();
        await PostJsonAsync(admin, "/api/v1/pt/rounds",
            Round("WAT-R1", new { code = "COD", matrix = "wastewater", unit = "mg/L", sigma = "percent", sigmaValue = 5, allowedDeviation = 7.5 }),
            HttpStatusCode.Created);
        Assert.Equal(30, (await PostFileAsync(admin, "/api/v1/pt/rounds/WAT-R1/participants", "enrol.csv", Enrolment(30))).GetProperty("enrolled").GetInt32());
        var import = await PostFileAsync(admin, "/api/v1/pt/rounds/WAT-R1/results", "results.xlsx", ResultsXlsx());
        Assert.Equal((30, 30), (import.GetProperty("results").GetInt32(), import.GetProperty("numeric").GetInt32()));

        using var lab07 = await PtHttpClients.LabAsync(server, AccountsServerFixture.UserOf["laboratory"], "L07"); // the fixture's lab07 is L07
        using var lab12 = await PtHttpClients.LabAsync(server, "lab12", "L12");

        // Computed but not published: the round report exists for the coordinator, nothing for the laboratories.
        var computed = await PostJsonAsync(admin, "/api/v1/pt/rounds/WAT-R1/compute", new { });
        var assignment = computed.GetProperty("measurands")[0].GetProperty("assignment");
        Assert.Equal(30, assignment.GetProperty("p").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await lab07.GetAsync("/api/v1/pt/lab/rounds/WAT-R1/report")).StatusCode);
        Assert.Empty((await JsonAsync(await lab07.GetAsync("/api/v1/pt/lab/rounds"), HttpStatusCode.OK)).EnumerateArray());

        Assert.Equal("published", (await PostJsonAsync(admin, "/api/v1/pt/rounds/WAT-R1/publish", new { })).GetProperty("status").GetString());

        // Each laboratory sees its round under its own code and downloads its own report, with no other code or lab in it.
        foreach (var (client, i) in new[] { (lab07, 7), (lab12, 12) })
        {
            var rounds = await JsonAsync(await client.GetAsync("/api/v1/pt/lab/rounds"), HttpStatusCode.OK);
            var round = Assert.Single(rounds.EnumerateArray());
            Assert.Equal(("WAT-R1", Code(i)), (round.GetProperty("code").GetString(), round.GetProperty("participant").GetString()));

            using var html = await client.GetAsync("/api/v1/pt/lab/rounds/WAT-R1/report");
            Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
            var text = await html.Content.ReadAsStringAsync();
            Assert.Equal([Code(i)], ParticipantCode().Matches(text).Select(m => m.Value).Distinct());
            Assert.DoesNotContain(Lab(i == 7 ? 12 : 7), text, StringComparison.Ordinal);

            var csv = (await client.GetStringAsync("/api/v1/pt/lab/rounds/WAT-R1/report?format=csv")).TrimEnd('\n').Split('\n');
            var row = Assert.Single(csv.Skip(1));
            Assert.Equal(Code(i), row.Split(',')[4]);
            Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/pt/lab/rounds/WAT-R1/report?format=xlsx")).StatusCode);

            // Nothing of the coordinator's side: another participant's report, the round, the full report.
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/pt/rounds/WAT-R1/report?participant={Code(i == 7 ? 12 : 7)}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/pt/rounds/WAT-R1")).StatusCode);

            var history = await JsonAsync(await client.GetAsync("/api/v1/pt/lab/history"), HttpStatusCode.OK);
            var line = Assert.Single(history.EnumerateArray());
            Assert.Equal(("WAT-R1", Code(i), Values[i - 1]), (line.GetProperty("round").GetString(), line.GetProperty("participant").GetString(), line.GetProperty("value").GetDouble()));
            Assert.Equal(i == 7 ? "unsatisfactory" : "satisfactory", line.GetProperty("class").GetString());
        }

        // The coordinator's round report holds all 30 participants in every format.
        var full = (await admin.GetStringAsync("/api/v1/pt/rounds/WAT-R1/report?format=csv")).TrimEnd('\n').Split('\n');
        Assert.Equal(Enumerable.Range(1, 30).Select(Code).Order(), full.Skip(1).Select(l => l.Split(',')[4]).Order());
        using var xlsx = new XLWorkbook(new MemoryStream(await admin.GetByteArrayAsync("/api/v1/pt/rounds/WAT-R1/report?format=xlsx")));
        Assert.NotEmpty(xlsx.Worksheets);
        Assert.Contains(Code(12), await admin.GetStringAsync("/api/v1/pt/rounds/WAT-R1/report?participant=" + Code(12)), StringComparison.Ordinal);

        // Published means frozen.
        var frozen = await PostFileAsync(admin, "/api/v1/pt/rounds/WAT-R1/results", "results.xlsx", ResultsXlsx(), HttpStatusCode.Conflict);
        Assert.Equal("PT_ROUND_PUBLISHED", frozen.GetProperty("code").GetString());
    }

    [Fact]
    public async Task LabReport_RoundOfOtherLabsOrUnknown_SameNotFoundRevealingNothing()
    {
        using var admin = await AdminWithSchemeAsync();
        // A published round with a reference value (no consensus minimum) that only L01–L03 took part in.
        await PostJsonAsync(admin, "/api/v1/pt/rounds",
            Round("WAT-R9", new { code = "NH4", unit = "mg/L", assigned = "reference", referenceValue = 5.0, referenceU = 0.05, sigma = "fixed", sigmaValue = 0.5 }),
            HttpStatusCode.Created);
        await PostFileAsync(admin, "/api/v1/pt/rounds/WAT-R9/participants", "enrol.csv", Enrolment(3));
        await PostFileAsync(admin, "/api/v1/pt/rounds/WAT-R9/results", "r.csv", Encoding.UTF8.GetBytes("participant,value\nK30,5.1\nK29,4.8\nK28,5.3\n"));
        await PostJsonAsync(admin, "/api/v1/pt/rounds/WAT-R9/compute", new { });
        await PostJsonAsync(admin, "/api/v1/pt/rounds/WAT-R9/publish", new { });

        using var lab07 = await PtHttpClients.LabAsync(server, AccountsServerFixture.UserOf["laboratory"], "L07");
        var other = await JsonAsync(await lab07.GetAsync("/api/v1/pt/lab/rounds/WAT-R9/report"), HttpStatusCode.NotFound);
        var unknown = await JsonAsync(await lab07.GetAsync("/api/v1/pt/lab/rounds/WAT-R8/report"), HttpStatusCode.NotFound);
        Assert.Equal(other.GetProperty("code").GetString(), unknown.GetProperty("code").GetString());
        Assert.Equal(other.GetProperty("detail").GetString()!.Replace("R9", "R8", StringComparison.Ordinal), unknown.GetProperty("detail").GetString());
        Assert.DoesNotContain(await lab07.GetStringAsync("/api/v1/pt/lab/rounds"), "WAT-R9", StringComparison.Ordinal);

        using var lab01 = await PtHttpClients.LabAsync(server, "lab01", "L01");
        Assert.Contains("K30", await lab01.GetStringAsync("/api/v1/pt/lab/rounds/WAT-R9/report"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportResults_NonNumericValueInRow5_BilingualProblemNamingTheRowAndNothingImported()
    {
        using var admin = await AdminWithSchemeAsync();
        await PostJsonAsync(admin, "/api/v1/pt/rounds",
            Round("WAT-R5", new { code = "COD", unit = "mg/L", sigma = "fixed", sigmaValue = 2.5 }), HttpStatusCode.Created);
        await PostFileAsync(admin, "/api/v1/pt/rounds/WAT-R5/participants", "enrol.csv", Enrolment(30));

        var rows = Enumerable.Range(1, 30).Select(i => new object[] { Code(i), i == 4 ? "năm mươi" : Values[i - 1] });
        var problem = await PostFileAsync(admin, "/api/v1/pt/rounds/WAT-R5/results", "results.xlsx",
            PtHttpClients.Workbook(["participant", "value"], rows), HttpStatusCode.BadRequest);
        Assert.Equal(5, problem.GetProperty("row").GetInt32()); // header is row 1, the 4th laboratory row 5
        Assert.Equal("value", problem.GetProperty("column").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("Dòng 5, cột 'value'", detail, StringComparison.Ordinal);
        Assert.Contains("Row 5, column 'value'", detail, StringComparison.Ordinal);
        Assert.Equal(0, (await JsonAsync(await admin.GetAsync("/api/v1/pt/rounds/WAT-R5"), HttpStatusCode.OK)).GetProperty("results").GetInt32());

        // Not computed yet: no round report (409, not a 500).
        Assert.Equal(HttpStatusCode.Conflict, (await admin.GetAsync("/api/v1/pt/rounds/WAT-R5/report")).StatusCode);
    }

    [Fact]
    public async Task Changes_CookieWithoutAntiforgeryToken_RefusedWith400()
    {
        using var admin = await server.SignedInAsync(AccountsServerFixture.UserOf["admin"]);
        using var response = await admin.PostAsJsonAsync("/api/v1/pt/schemes", new { code = "CSRF", nameVi = "x", nameEn = "x" });
        var problem = await JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("ANTIFORGERY", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task CreateRound_UnknownSigmaMethod_BilingualBadRequest()
    {
        using var admin = await AdminWithSchemeAsync();
        var problem = await PostJsonAsync(admin, "/api/v1/pt/rounds", Round("WAT-BAD", new { code = "COD", unit = "mg/L", sigma = "guess" }), HttpStatusCode.BadRequest);
        Assert.Equal("PT_SIGMA_METHOD", problem.GetProperty("code").GetString());
        Assert.Contains("phải là", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\bK\d\d\b")]
    private static partial Regex ParticipantCode();
}
