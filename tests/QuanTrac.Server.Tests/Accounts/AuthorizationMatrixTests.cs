using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using QuanTrac.Server.Accounts;
using QuanTrac.TestKit;

namespace QuanTrac.Server.Tests.Accounts;

/// <summary>
/// Every endpoint the server maps (read from its <see cref="EndpointDataSource"/>, so a new endpoint is in the matrix
/// without anyone adding it) × anonymous and every role, against the real server. Writes the matrix to
/// <c>docs/authorization-matrix.md</c>. Endpoints not listed as public must refuse anonymous callers; nothing may
/// answer 5xx, not even to malformed identifiers.
/// </summary>
public sealed partial class AuthorizationMatrixTests(AccountsServerFixture server) : IClassFixture<AccountsServerFixture>
{
    /// <summary>Columns: anonymous, each person's role signed in with the cookie, and the two kinds of key.</summary>
    static readonly string[] Callers =
        ["anonymous", Roles.Admin, Roles.ProvinceOperator, Roles.Reviewer1, Roles.Reviewer2, Roles.Enterprise, Roles.Laboratory, Roles.PtCoordinator, "api-client (key)", "station (key)"];

    /// <summary>Endpoints open to everyone, on purpose.</summary>
    static readonly HashSet<string> Public = new(StringComparer.Ordinal)
    {
        "GET /", "GET /health", "GET /api/v1/stations/", "GET /api/v1/stations/{id}", "GET /api/v1/stations/{id}/latest", "GET /api/v1/stations/{id}/series",
        "GET /api/v1/rate-limits", "GET /console/sign-in", "POST /console/sign-in", "GET /console/denied",
        // Counts of the relay queue only (no data); read by monitoring without credentials.
        "GET /api/v1/relay/outbox",
        // The open API, its description and the public portal.
        "GET /api", "GET /api/v1/parameters", "GET /api/v1/stations.geojson", "GET /api/v1/stations/{id}/aqi",
        "GET /api/v1/aqi/latest", "GET /api/v1/aqi/categories", "GET /api/v1/wqi/latest", "GET /api/v1/wqi/categories",
        // Data-quality and compliance statistics of the published data.
        "GET /api/v1/completeness", "GET /api/v1/exceedances",
        "GET /openapi/{documentName}.json", "GET /scalar/{documentName?}", "GET /stations/{id}", "GET /config.json",
        "GET /scalar/favicon.svg", "GET /scalar/scalar.aspnetcore.js", "GET /scalar/scalar.js",
    };

    /// <summary>Public pages that answer any name in their path (the API reference page names the document it loads).</summary>
    static readonly HashSet<string> AnyName = new(StringComparer.Ordinal) { "GET /scalar/{documentName?}" };

    /// <summary>Endpoints with their own credentials (not the account system): anonymous must still be refused (401, or 404 when switched off).</summary>
    static readonly HashSet<string> OwnCredentials = new(StringComparer.Ordinal) { "POST /api/v1/relay/files" };

    const string SignIn = "302 → sign-in", Denied = "302 → denied";
    static readonly string[] People = [Roles.Admin, Roles.ProvinceOperator, Roles.Reviewer1, Roles.Reviewer2, Roles.Enterprise, Roles.Laboratory, Roles.PtCoordinator];
    static readonly string[] Operators = [Roles.Admin, Roles.ProvinceOperator, Roles.Enterprise];
    static readonly string[] Reviewers = [Roles.Admin, Roles.Reviewer1, Roles.Reviewer2];
    static readonly string[] AlertReaders = [.. Operators, Roles.Reviewer1, Roles.Reviewer2];

    /// <summary>What each caller must get, for the endpoints whose rules are known here (others: anonymous refused, no 5xx).</summary>
    static readonly Dictionary<string, Func<string, string>> Expected = new(StringComparer.Ordinal)
    {
        // Console pages: people 200, keys 403 (a program has no console), anonymous to the sign-in form.
        ["GET /console/"] = c => c == "anonymous" ? SignIn : People.Contains(c) ? "200" : "403",
        ["GET /console/files"] = c => c == "anonymous" ? SignIn : People.Contains(c) ? "200" : "403",
        ["GET /console/stations"] = c => c == "anonymous" ? SignIn : People.Contains(c) ? "200" : "403",
        ["GET /console/stations/{id}/edit"] = c => c switch
        {
            "anonymous" => SignIn, Roles.Admin or Roles.ProvinceOperator => "200", _ when People.Contains(c) => Denied, _ => "403",
        },
        // Form posts without an antiforgery token: an allowed caller gets 400, never a change.
        ["POST /console/stations/{id}"] = c => c switch { "anonymous" => "401", Roles.Admin or Roles.ProvinceOperator => "400", _ => "403" },
        ["POST /console/files/{id:long}/reingest"] = c => c switch { "anonymous" => "401", Roles.Admin or Roles.ProvinceOperator => "400", _ => "403" },
        ["POST /console/sign-out"] = c => c == "anonymous" ? "401" : People.Contains(c) ? "400" : "403",
        ["POST /console/sign-in"] = _ => "400",
        ["GET /console/sign-in"] = _ => "200",
        ["GET /console/denied"] = _ => "403",
        // Alerts: operators and reviewers read (in scope); operators acknowledge and resolve (writes without token: 400).
        ["GET /api/v1/alerts/"] = c => c == "anonymous" ? "401" : AlertReaders.Contains(c) ? "200" : "403",
        ["GET /api/v1/alerts/stream"] = c => c == "anonymous" ? "401" : AlertReaders.Contains(c) ? "200" : "403",
        ["POST /api/v1/alerts/{id:long}/acknowledge"] = c => c == "anonymous" ? "401" : Operators.Contains(c) ? "400" : "403",
        ["POST /api/v1/alerts/{id:long}/resolve"] = c => c == "anonymous" ? "401" : Operators.Contains(c) ? "400" : "403",
        ["GET /console/alerts"] = c => c == "anonymous" ? SignIn : AlertReaders.Contains(c) ? "200" : People.Contains(c) ? Denied : "403",
        ["POST /console/alerts/{id:long}/acknowledge"] = c => c == "anonymous" ? "401" : Operators.Contains(c) ? "400" : "403",
        ["POST /console/alerts/{id:long}/resolve"] = c => c == "anonymous" ? "401" : Operators.Contains(c) ? "400" : "403",
        // Review: reviewers and admin; the series page without a station is 400, the action without token or body 400.
        ["GET /api/v1/review/queue"] = c => c == "anonymous" ? "401" : Reviewers.Contains(c) ? "200" : "403",
        ["POST /api/v1/review/actions"] = c => c == "anonymous" ? "401" : Reviewers.Contains(c) ? "400" : "403",
        ["GET /console/review"] = c => c == "anonymous" ? SignIn : Reviewers.Contains(c) ? "200" : People.Contains(c) ? Denied : "403",
        ["GET /console/review/series"] = c => c == "anonymous" ? SignIn : Reviewers.Contains(c) ? "400" : People.Contains(c) ? Denied : "403",
        ["POST /console/review/actions"] = c => c == "anonymous" ? "401" : Reviewers.Contains(c) ? "400" : "403",
        // Upload: only a station key (an empty upload is then 400).
        ["POST /api/v1/ingest/files"] = c => c switch { "anonymous" => "401", "station (key)" => "400", _ => "403" },
        ["POST /api/v1/relay/files"] = _ => "404",
        ["GET /"] = _ => "200",
        ["GET /health"] = _ => "200",
        ["GET /api/v1/stations/"] = _ => "200",
        ["GET /api/v1/stations/{id}"] = _ => "200",
        ["GET /api/v1/stations/{id}/latest"] = _ => "200",
        ["GET /api/v1/stations/{id}/series"] = _ => "200",
        ["GET /api/v1/rate-limits"] = _ => "200",
        ["GET /api/v1/relay/outbox"] = _ => "200",
        // The open API and the portal answer everyone alike; the sample station is a wastewater station (no VN_AQI: 400) and the
        // sample document name "x" is not a document (404).
        ["GET /api"] = _ => "200", ["GET /api/v1/parameters"] = _ => "200", ["GET /api/v1/stations.geojson"] = _ => "200",
        ["GET /api/v1/stations/{id}/aqi"] = _ => "400", ["GET /api/v1/aqi/latest"] = _ => "200", ["GET /api/v1/aqi/categories"] = _ => "200",
        ["GET /api/v1/wqi/latest"] = _ => "200", ["GET /api/v1/wqi/categories"] = _ => "200", ["GET /api/v1/completeness"] = _ => "200",
        ["GET /api/v1/exceedances"] = _ => "200", ["GET /openapi/{documentName}.json"] = _ => "404", ["GET /scalar/{documentName?}"] = _ => "200",
        ["GET /scalar/favicon.svg"] = _ => "200", ["GET /scalar/scalar.aspnetcore.js"] = _ => "200", ["GET /scalar/scalar.js"] = _ => "200",
        ["GET /stations/{id}"] = _ => "200", ["GET /config.json"] = _ => "200",
        // Proficiency testing: the coordinator (admin, pt-coordinator) runs rounds — changes without a token or body are 400, the sample
        // round does not exist (404); a laboratory account reads only its own side (its report of an unknown round: 404).
        ["POST /api/v1/pt/schemes"] = c => Coordinator(c, "400"),
        ["GET /api/v1/pt/rounds"] = c => Coordinator(c, "200"),
        ["POST /api/v1/pt/rounds"] = c => Coordinator(c, "400"),
        ["GET /api/v1/pt/rounds/{round}"] = c => Coordinator(c, "404"),
        ["POST /api/v1/pt/rounds/{round}/participants"] = c => Coordinator(c, "400"),
        ["POST /api/v1/pt/rounds/{round}/results"] = c => Coordinator(c, "400"),
        ["POST /api/v1/pt/rounds/{round}/compute"] = c => Coordinator(c, "400"),
        ["POST /api/v1/pt/rounds/{round}/publish"] = c => Coordinator(c, "400"),
        ["GET /api/v1/pt/rounds/{round}/report"] = c => Coordinator(c, "404"),
        ["GET /api/v1/pt/lab/rounds"] = c => c switch { "anonymous" => "401", Roles.Laboratory => "200", _ => "403" },
        ["GET /api/v1/pt/lab/rounds/{round}/report"] = c => c switch { "anonymous" => "401", Roles.Laboratory => "404", _ => "403" },
        ["GET /api/v1/pt/lab/history"] = c => c switch { "anonymous" => "401", Roles.Laboratory => "200", _ => "403" },
        ["GET /console/pt"] = c => c switch { "anonymous" => SignIn, Roles.Admin or Roles.PtCoordinator => "200", _ when People.Contains(c) => Denied, _ => "403" },
        ["GET /console/pt/lab"] = c => c switch { "anonymous" => SignIn, Roles.Laboratory => "200", _ when People.Contains(c) => Denied, _ => "403" },
        ["POST /console/pt/rounds/{round}/participants"] = c => Coordinator(c, "400"),
        ["POST /console/pt/rounds/{round}/results"] = c => Coordinator(c, "400"),
        ["POST /console/pt/rounds/{round}/compute"] = c => Coordinator(c, "400"),
        ["POST /console/pt/rounds/{round}/publish"] = c => Coordinator(c, "400"),
        // Reference-material checks: admin and province operator (scoped to its province inside).
        ["POST /api/v1/refchecks/"] = c => c switch { "anonymous" => "401", Roles.Admin or Roles.ProvinceOperator => "400", _ => "403" },
        ["GET /api/v1/refchecks/"] = c => c switch { "anonymous" => "401", Roles.Admin or Roles.ProvinceOperator => "200", _ => "403" },
        ["GET /api/v1/refchecks/summary"] = c => c switch { "anonymous" => "401", Roles.Admin or Roles.ProvinceOperator => "200", _ => "403" },
    };

    static string Coordinator(string caller, string allowed) => caller switch { "anonymous" => "401", Roles.Admin or Roles.PtCoordinator => allowed, _ => "403" };

    sealed record Route(string Method, string Pattern, IReadOnlyList<string> Parameters)
    {
        public string Key => $"{Method} {Pattern}";
    }

    IReadOnlyList<Route> Routes() =>
        [.. server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => new Route(m, e.RoutePattern.RawText ?? "", [.. e.RoutePattern.Parameters.Select(p => p.Name)])))
            .DistinctBy(r => r.Key)
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)];

    /// <summary>The pattern with sample values: a registered station (in the operator's province), the quarantined file's id.</summary>
    string Url(Route route, string? junk = null)
    {
        var url = ParameterPattern().Replace(route.Pattern, m => junk ?? (m.Groups[2].Value.Contains("long", StringComparison.Ordinal)
            ? server.QuarantinedFileId.ToString(CultureInfo.InvariantCulture)
            : m.Groups[1].Value == "id" ? AccountsServerFixture.OwnStation : "x"));
        return route.Pattern.EndsWith("/series", StringComparison.Ordinal) ? url + "?parameter=COD" : url;
    }

    async Task<Dictionary<string, HttpClient>> ClientsAsync()
    {
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = server.NewClient() };
        foreach (var role in People)
            clients[role] = await server.SignedInAsync(AccountsServerFixture.UserOf[role]);
        var client = server.NewClient();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, server.ClientKey);
        clients["api-client (key)"] = client;
        var station = server.NewClient();
        station.DefaultRequestHeaders.Add(ApiKeys.Header, server.StationKey);
        clients["station (key)"] = station;
        return clients;
    }

    static async Task<string> StatusAsync(HttpClient client, string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
            request.Content = url.StartsWith("/api/v1/ingest", StringComparison.Ordinal) ? new MultipartFormDataContent() : new FormUrlEncodedContent([]);
        // Headers only: a live feed (Server-Sent Events) never ends its body.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var code = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        if (response.StatusCode != HttpStatusCode.Redirect)
            return code;
        var location = response.Headers.Location!;
        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
        return path.StartsWith("/console/sign-in", StringComparison.Ordinal) ? SignIn
            : path.StartsWith("/console/denied", StringComparison.Ordinal) ? Denied : "302 → " + path;
    }

    [Fact]
    public async Task Matrix_EveryEndpointTimesEveryCaller_AnswersAsExpectedAndIsWrittenToDocs()
    {
        var clients = await ClientsAsync();
        var routes = Routes();
        Assert.Contains(routes, r => r.Key == "POST /api/v1/ingest/files");
        var failures = new List<string>();
        var table = new StringBuilder();
        table.AppendLine("# Authorization matrix / Ma trận phân quyền")
            .AppendLine()
            .AppendLine("Generated by `AuthorizationMatrixTests` (tests/QuanTrac.Server.Tests/Accounts) from the server's own endpoint list, against a real server;")
            .AppendLine("do not edit by hand. / Sinh tự động bởi kiểm thử, từ danh sách điểm cuối thật của máy chủ.")
            .AppendLine()
            .AppendLine("Console form posts and API writes are sent without an antiforgery token (and without a body), so an allowed cookie caller gets 400 (the token is checked after the role).")
            .AppendLine("Sample identifiers: station `TB_CAPH_NUOSXL` (province TB, facility CAPH — in the scope of the province operator and the enterprise user), the id of a quarantined file.")
            .AppendLine("Sample round `x` does not exist: the coordinator gets 404, a laboratory the same 404 it gets for a round it did not take part in or that is not published. API changes made with the console cookie need the antiforgery token too (header `RequestVerificationToken`).")
            .AppendLine("`(no rule)`: an endpoint added since this table's rules were written — checked only for refusing anonymous callers and never answering 5xx.")
            .AppendLine()
            .AppendLine("| Endpoint | Access | " + string.Join(" | ", Callers) + " |")
            .AppendLine("|---|---|" + string.Concat(Callers.Select(_ => "---|")));
        foreach (var route in routes)
        {
            var url = Url(route);
            var cells = new List<string>();
            foreach (var caller in Callers)
            {
                var actual = await StatusAsync(clients[caller], route.Method, url);
                cells.Add(actual);
                if (actual.StartsWith('5'))
                    failures.Add($"{route.Key} as {caller}: {actual}");
                if (Expected.TryGetValue(route.Key, out var expected) && expected(caller) != actual)
                    failures.Add($"{route.Key} as {caller}: expected {expected(caller)}, got {actual}");
            }
            var access = Public.Contains(route.Key) ? "public" : OwnCredentials.Contains(route.Key) ? "own key" : "protected";
            var anonymous = cells[0];
            if (access == "protected" && anonymous is not ("401" or "403" or SignIn))
                failures.Add($"{route.Key}: anonymous got {anonymous}; it is not listed as public, so it must be refused (401/403/redirect to sign-in)");
            if (access == "own key" && anonymous is not ("401" or "404"))
                failures.Add($"{route.Key}: anonymous got {anonymous}, expected 401 (or 404 when switched off)");
            table.AppendLine(CultureInfo.InvariantCulture, $"| `{route.Method} {route.Pattern}` | {access}{(Expected.ContainsKey(route.Key) ? "" : " (no rule)")} | {string.Join(" | ", cells)} |");
        }
        foreach (var c in clients.Values)
            c.Dispose();

        var path = Path.Combine(RepoPaths.Root, "docs", "authorization-matrix.md");
        var text = table.ToString();
        if (!File.Exists(path) || await File.ReadAllTextAsync(path) != text)
            await File.WriteAllTextAsync(path, text);
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\n" + text);
    }

    [Theory]
    [InlineData("%00")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("%C3%28")]
    [InlineData("-1")]
    [InlineData("99999999999999999999999")]
    [InlineData("x'%3B DROP TABLE stations%3B--")]
    [InlineData("TB_CAPH_NUOSXL%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20%20")]
    public async Task MalformedIdentifiers_AnyEndpointAnyCaller_Answer4xxNever5xx(string junk)
    {
        var clients = await ClientsAsync();
        var failures = new List<string>();
        foreach (var route in Routes().Where(r => r.Parameters.Count > 0))
        {
            var url = Url(route, junk);
            foreach (var (caller, client) in clients)
            {
                var status = await StatusAsync(client, route.Method, url);
                if (status.StartsWith('5') || status.StartsWith('2') && route.Method == "GET" && !Public.Contains(route.Key) && caller == "anonymous")
                    failures.Add($"{route.Method} {url} as {caller}: {status}");
                if (Public.Contains(route.Key) && !AnyName.Contains(route.Key) && route.Method == "GET" && status is not ("400" or "404"))
                    failures.Add($"{route.Method} {url} as {caller}: {status}, expected 400 or 404");
            }
        }
        foreach (var c in clients.Values)
            c.Dispose();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex ParameterPattern();
}
