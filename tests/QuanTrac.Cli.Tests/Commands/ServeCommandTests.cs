using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Xunit.Abstractions;

namespace QuanTrac.Cli.Tests.Commands;

/// <summary>The acceptance check of the portal issue, on the real <c>quantrac serve --demo</c> process.</summary>
public sealed class ServeCommandTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ServeDemo_Within30Seconds_HealthStationsAqiOpenApiPortalAndManifest()
    {
        using var dir = new TempDir();
        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        using var run = await QuantracProcess.StartAsync(["serve", "--data", dir["data"], "--urls", url.ToString().TrimEnd('/'), "--demo"]);
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };
        var missing = "server";
        while (run.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (run.HasExited)
                Assert.Fail((await run.WaitAsync(TimeSpan.FromSeconds(5))).Describe());
            try
            {
                missing = await MissingAsync(http);
                if (missing.Length == 0)
                    break;
            }
            catch (HttpRequestException)
            {
                missing = "server";
            }
            await Task.Delay(250);
        }
        output.WriteLine($"after {run.Elapsed.TotalSeconds:F1} s: {(missing.Length == 0 ? "all there" : "missing " + missing)}");
        if (missing.Length > 0)
        {
            // The server's own log says which stage (start, intake, index pass) was late.
            run.KillHard();
            var ended = await run.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Fail($"missing {missing} after {run.Elapsed.TotalSeconds:F1} s; inbox holds {Directory.GetFiles(dir["data/inbox"], "*", SearchOption.AllDirectories).Length} files\n{ended.Describe()}");
        }

        // Anonymous malformed identifiers: 400/404, never 500.
        foreach (var path in new[] { "/api/v1/stations/%00/latest", "/api/v1/stations/NOPE/aqi", "/stations/%3Cx%3E" })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }
    }

    /// <summary>The first acceptance item not yet met, or "".</summary>
    static async Task<string> MissingAsync(HttpClient http)
    {
        using var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
        if (health.StatusCode != HttpStatusCode.OK)
            return "/health";
        using var stations = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/stations", UriKind.Relative)));
        if (stations.RootElement.GetArrayLength() < 12)
            return "demo stations";
        using var aqi = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/aqi/latest", UriKind.Relative)));
        if (!aqi.RootElement.GetProperty("stations").EnumerateArray().Any(s => s.GetProperty("aqi").ValueKind == JsonValueKind.Number))
            return "AQI values";
        using var openapi = JsonDocument.Parse(await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        if (!openapi.RootElement.GetProperty("openapi").GetString()!.StartsWith("3.", StringComparison.Ordinal)
            || !openapi.RootElement.GetProperty("paths").TryGetProperty("/api/v1/aqi/latest", out _))
            return "OpenAPI document";
        var portal = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        if (!portal.Contains("VN_AQI", StringComparison.Ordinal) || !portal.Contains("<html", StringComparison.Ordinal))
            return "portal naming VN_AQI";
        using var manifest = await http.GetAsync(new Uri("/manifest.webmanifest", UriKind.Relative));
        return manifest.StatusCode == HttpStatusCode.OK ? "" : "manifest";
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
