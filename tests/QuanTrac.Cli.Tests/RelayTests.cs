using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Xunit.Abstractions;

namespace QuanTrac.Cli.Tests;

/// <summary>
/// Deliverable 4 of the scaling issue with two real <c>quantrac serve</c> processes on loopback: a province that
/// relays every accepted file to a centre that is down for a while — first not started, later SIGKILLed — while the
/// province itself is SIGKILLed and restarted in between. At the end every accepted file is at the centre exactly once.
/// </summary>
public sealed class RelayTests(ITestOutputHelper output)
{
    const string Key = "province-TB-secret";

    [Fact]
    public async Task Serve_UpstreamDownThenBackAndProvinceRestarted_EveryAcceptedFileArrivesExactlyOnce()
    {
        var clock = Stopwatch.StartNew();
        using var dir = new TempDir();
        var simulated = dir["simulated"];
        (await QuantracProcess.RunAsync("simulate", "--out", simulated, "--stations", "1", "--days", "1", "--start", "2025-06-01T00:00:00", "--seed", "5")).ShouldExit(0);
        var province = dir["province"];
        var centre = dir["centre"];
        foreach (var data in new[] { province, centre })
            (await QuantracProcess.RunAsync("stations", "import", "--data", data, simulated + ".stations.json")).ShouldExit(0);

        // ~150 files from every station, in three groups; plus a file that the province quarantines (never relayed).
        var all = Directory.GetFiles(simulated, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var picked = all.Where((_, i) => i % (all.Count / 150) == 0).ToList();
        var groups = new[] { dir["a"], dir["b"], dir["c"] };
        for (var i = 0; i < picked.Count; i++)
            Cli.Copy(picked[i], Path.Combine(groups[i % 3], Path.GetRelativePath(simulated, picked[i])));
        await File.WriteAllTextAsync(Path.Combine(groups[0], "ZZ_NOBODY_KHI001_20250601000000.txt"), "not a station file\n");

        var provincePort = FreePort();
        var centrePort = FreePort();
        string[] provinceArgs = ["serve", "--data", province, "--urls", $"http://127.0.0.1:{provincePort}",
            "--relay-to", $"http://127.0.0.1:{centrePort}", "--relay-to-key", Key, "--relay-source", "TB",
            "--relay-backoff", "0.1", "--relay-backoff-cap", "1", "--relay-timeout", "15"];
        // A timeout shorter than a loaded centre's commit makes the province resend a file the centre already stored:
        // still stored once, but with two receipts. Killed peers fail fast (connection refused/reset), not by timeout.
        string[] centreArgs = ["serve", "--data", centre, "--urls", $"http://127.0.0.1:{centrePort}", "--relay-key", Key];
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var provinceUrl = new Uri($"http://127.0.0.1:{provincePort}");

        // Every process started is killed at the end, also when an assertion fails midway.
        var processes = new List<RunningQuantrac>();
        async Task<RunningQuantrac> Start(string[] args, Uri url)
        {
            var run = await StartServerAsync(http, args, url);
            processes.Add(run);
            return run;
        }
        var centreUrl = new Uri($"http://127.0.0.1:{centrePort}");
        int expected;
        try
        {
            // 1. The centre is not started. The province receives group A through `quantrac ingest` (another process
            //    committing into its database) and group B through its inbox; everything waits in the outbox.
            var provinceRun = await Start(provinceArgs, provinceUrl);
            Cli.Copy(groups[1], Path.Combine(province, "inbox"));
            var a = await Cli.IngestAsync(province, groups[0]);
            Assert.Single(a.Quarantined);
            await WaitAsync(() => Task.FromResult(Directory.GetFiles(Path.Combine(province, "inbox"), "*", SearchOption.AllDirectories).Length == 0), "inbox drained");
            var expectedSoFar = (await Cli.FilesAsync(province)).Count(f => f.Outcome == "Accepted");
            Assert.True(expectedSoFar > a.Accepted, "the inbox files were accepted too");
            var down = await WaitForOutboxAsync(http, provinceUrl, o => o.Pending == expectedSoFar && o.Failing > 0, "files queued and failing while the centre is down");
            Assert.Equal(0, down.Sent);
            Log($"phase 1 ({clock.Elapsed.TotalSeconds:F1} s): {down.Pending} pending, {down.Failing} failing — {down.LastError}");

            // 2. The province is SIGKILLed while files wait; the centre starts; the province restarts and catches up.
            provinceRun.KillHard();
            var centreRun = await Start(centreArgs, centreUrl);
            provinceRun = await Start(provinceArgs, provinceUrl);
            var caughtUp = await WaitForOutboxAsync(http, provinceUrl, o => o.Pending == 0 && o.Sent == expectedSoFar, "all files sent after the centre came up");
            Log($"phase 2 ({clock.Elapsed.TotalSeconds:F1} s): {caughtUp.Sent} sent");

            // 3. The centre is SIGKILLed; group C arrives meanwhile; the centre restarts and the province resumes.
            centreRun.KillHard();
            var c = await Cli.IngestAsync(province, groups[2]);
            expected = expectedSoFar + c.Accepted;
            await WaitForOutboxAsync(http, provinceUrl, o => o.Pending == c.Accepted && o.Failing > 0, "group C failing while the centre is down again");
            await Start(centreArgs, centreUrl);
            var final = await WaitForOutboxAsync(http, provinceUrl, o => o.Pending == 0 && o.Sent == expected, "all files sent after the centre came back");
            Log($"phase 3 ({clock.Elapsed.TotalSeconds:F1} s): {final.Sent} sent in all");
        }
        finally
        {
            foreach (var run in processes)
                run.Dispose();
        }

        // Every accepted file of the province is at the centre once: same name and bytes, one receipt, accepted.
        var provinceFiles = await Cli.FilesAsync(province);
        var centreFiles = await Cli.FilesAsync(centre);
        var accepted = provinceFiles.Where(f => f.Outcome == "Accepted").Select(f => (f.Name, f.Sha256)).Order().ToList();
        Assert.Equal(expected, accepted.Count);
        Assert.Equal(accepted, centreFiles.Select(f => (f.Name, f.Sha256)).Order().ToList());
        Assert.All(centreFiles, f => Assert.Equal((1, "Accepted"), (f.Receipts, f.Outcome)));
        Assert.All(centreFiles, f => Assert.StartsWith("relay/TB/", f.File, StringComparison.Ordinal));
        Assert.DoesNotContain(centreFiles, f => f.Name.StartsWith("ZZ_", StringComparison.Ordinal));

        // The same observations, versions and source files (receipt times differ by nature).
        Assert.Equal(WithoutReceivedAt(await Cli.ExportAsync(province, "--versions")), WithoutReceivedAt(await Cli.ExportAsync(centre, "--versions")));
        Log($"total {clock.Elapsed.TotalSeconds:F1} s, {expected} files relayed");
    }

    static List<string> WithoutReceivedAt(IReadOnlyList<string> lines) =>
        [.. lines.Select(l => Csv.Split(l)).Select(f => string.Join('|', f.Where((_, i) => i != 7)))];

    sealed record Outbox(bool Enabled, long Pending, long Sent, long Failing, string? LastError);

    static async Task<RunningQuantrac> StartServerAsync(HttpClient http, string[] args, Uri url)
    {
        var run = await QuantracProcess.StartAsync(args);
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (run.HasExited)
                throw new InvalidOperationException((await run.WaitAsync(TimeSpan.FromSeconds(5))).Describe());
            try
            {
                using var response = await http.GetAsync(new Uri(url, "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                    return run;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        run.Dispose();
        throw new TimeoutException($"quantrac {string.Join(' ', args)} did not answer /health within 60 s");
    }

    async Task WaitAsync(Func<Task<bool>> done, string what)
    {
        var started = Stopwatch.StartNew();
        while (!await done())
        {
            if (started.Elapsed > TimeSpan.FromSeconds(60))
                throw new TimeoutException($"{what}: not reached within 60 s");
            await Task.Delay(200);
        }
        Log($"{what}: after {started.Elapsed.TotalSeconds:F1} s");
    }

    async Task<Outbox> WaitForOutboxAsync(HttpClient http, Uri province, Func<Outbox, bool> done, string what)
    {
        var started = Stopwatch.StartNew();
        Outbox? last = null;
        while (started.Elapsed < TimeSpan.FromSeconds(90))
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri(province, "/api/v1/relay/outbox")));
            var r = json.RootElement;
            last = new Outbox(r.GetProperty("enabled").GetBoolean(), r.GetProperty("pending").GetInt64(), r.GetProperty("sent").GetInt64(),
                r.GetProperty("failing").GetInt64(), r.GetProperty("lastError").GetString());
            if (done(last))
            {
                Log($"{what}: after {started.Elapsed.TotalSeconds:F1} s");
                return last;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{what}: not reached within 90 s; outbox {last}");
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    void Log(string line) => output.WriteLine(line);
}
