using System.Globalization;
using System.Text.Json;

namespace QuanTrac.Cli.Tests;

/// <summary><c>quantrac simulate</c> and <c>quantrac stations list|import|export</c>.</summary>
public class SimulateAndStationsTests
{
    static string[] Prefixes(string registryJson)
    {
        var prefixes = new List<string>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
                foreach (var p in e.EnumerateObject())
                {
                    if (p.NameEquals("prefix") && p.Value.ValueKind == JsonValueKind.String)
                        prefixes.Add(p.Value.GetString()!);
                    else
                        Walk(p.Value);
                }
            else if (e.ValueKind == JsonValueKind.Array)
                foreach (var item in e.EnumerateArray())
                    Walk(item);
        }
        using var doc = JsonDocument.Parse(registryJson);
        Walk(doc.RootElement);
        return [.. prefixes.Order(StringComparer.Ordinal)];
    }

    static string[] ListedPrefixes(QuantracResult list) =>
        [.. list.ShouldExit(0).Lines.Skip(1).Select(l => l.Split('\t')[0]).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Simulate_OneStationPerType_FilesAndRegistryBesideTheFolder()
    {
        using var dir = new TempDir();
        var output = dir["sim"];

        var result = (await QuantracProcess.RunAsync("simulate", "--out", output, "--stations", "1", "--days", "1", "--start", "2025-06-01T00:00:00", "--seed", "7")).ShouldExit(0);

        Assert.True(File.Exists(output + ".stations.json"), "no registry at DIR.stations.json: " + result.Describe());
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories);
        var written = int.Parse(result.Stdout.Split(' ')[0], CultureInfo.InvariantCulture);
        Assert.InRange(files.Length, 4 * 288 * 9 / 10, written);
        var prefixes = Prefixes(File.ReadAllText(output + ".stations.json"));
        Assert.Equal(4, prefixes.Length);
        Assert.All(files, f => Assert.Contains(prefixes, p => Path.GetFileName(f).StartsWith(p + "_", StringComparison.Ordinal)));
        Assert.All(files, f => Assert.Contains("_20250601", Path.GetFileName(f), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Simulate_SameSeedTwice_SameBytes()
    {
        using var dir = new TempDir();
        string[] args = ["--stations", "1", "--days", "1", "--seed", "11", "--start", "2025-06-01T00:00:00"];

        (await QuantracProcess.RunAsync(["simulate", "--out", dir["a"], .. args])).ShouldExit(0);
        (await QuantracProcess.RunAsync(["simulate", "--out", dir["b"], .. args])).ShouldExit(0);

        static List<(string, string)> Snapshot(string root) => [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(root, f), Cli.Sha256(f))).Order()];
        Assert.Equal(Snapshot(dir["a"]), Snapshot(dir["b"]));
        Assert.Equal(File.ReadAllBytes(dir["a"] + ".stations.json"), File.ReadAllBytes(dir["b"] + ".stations.json"));
    }

    [Fact]
    public async Task Simulate_NegativeStationCount_Exit2WithMessage()
    {
        using var dir = new TempDir();

        var result = await QuantracProcess.RunAsync("simulate", "--out", dir["sim"], "--stations", "-1");

        result.ShouldExit(2);
        Assert.False(string.IsNullOrWhiteSpace(result.Stderr), result.Describe());
    }

    [Fact]
    public async Task StationsImport_SimulatedRegistry_ListedExportedAndIngestAcceptsEveryFile()
    {
        using var dir = new TempDir();
        var output = dir["sim"];
        (await QuantracProcess.RunAsync("simulate", "--out", output, "--stations", "1", "--days", "1", "--seed", "2")).ShouldExit(0);
        var expected = Prefixes(File.ReadAllText(output + ".stations.json"));

        var import = (await QuantracProcess.RunAsync("stations", "import", "--data", dir["data"], output + ".stations.json")).ShouldExit(0);
        var listed = ListedPrefixes(await QuantracProcess.RunAsync("stations", "list", "--data", dir["data"]));
        var export = (await QuantracProcess.RunAsync("stations", "export", "--data", dir["data"])).ShouldExit(0);
        File.WriteAllBytes(dir["exported.json"], export.StdoutBytes);
        (await QuantracProcess.RunAsync("stations", "import", "--data", dir["data2"], dir["exported.json"])).ShouldExit(0);
        var relisted = ListedPrefixes(await QuantracProcess.RunAsync("stations", "list", "--data", dir["data2"]));
        var summary = await Cli.IngestAsync(dir["data"], output);

        Assert.Contains("4", import.Stderr, StringComparison.Ordinal);
        Assert.Equal(expected, listed);
        Assert.Equal(expected, Prefixes(export.Stdout));
        Assert.Equal(expected, relisted);
        Assert.Equal(Directory.GetFiles(output, "*", SearchOption.AllDirectories).Length, summary.Files);
        Assert.Equal(summary.Files, summary.Accepted);
        Assert.Empty(summary.Quarantined);
    }

    [Fact]
    public async Task StationsImport_NotARegistry_Exit2()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir["bad.json"], "{ \"stations\": 42 ");

        var result = await QuantracProcess.RunAsync("stations", "import", "--data", dir["data"], dir["bad.json"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Stderr), result.Describe());
    }
}
