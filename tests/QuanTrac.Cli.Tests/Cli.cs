using System.Text.Json;

namespace QuanTrac.Cli.Tests;

/// <summary>The JSON summary of <c>quantrac ingest</c>.</summary>
public sealed record IngestSummary(int Files, int Accepted, int Duplicates, int NewVersions, int Records, IReadOnlyList<(string File, string Reason)> Quarantined)
{
    /// <summary>Reads the summary printed by a run that must have exited 0.</summary>
    public static IngestSummary From(QuantracResult result)
    {
        result.ShouldExit(0);
        using var json = result.Json();
        var r = json.RootElement;
        return new IngestSummary(
            r.GetProperty("files").GetInt32(), r.GetProperty("accepted").GetInt32(), r.GetProperty("duplicates").GetInt32(),
            r.GetProperty("newVersions").GetInt32(), r.GetProperty("records").GetInt32(),
            [.. r.GetProperty("quarantined").EnumerateArray().Select(q => (q.GetProperty("file").GetString()!, q.GetProperty("reason").GetString()!))]);
    }
}

/// <summary>One line of <c>quantrac files list</c>.</summary>
public sealed record FileRow(string ReceivedAt, string Outcome, int Records, int Receipts, string Sha256, string File, string Reason)
{
    /// <summary>The file name.</summary>
    public string Name => Path.GetFileName(File);
}

/// <summary>Short forms of the commands the tests run.</summary>
public static class Cli
{
    /// <summary><c>quantrac ingest --data DATA [extra] PATH...</c>, exit 0 required.</summary>
    public static async Task<IngestSummary> IngestAsync(string data, params string[] args) =>
        IngestSummary.From(await QuantracProcess.RunAsync(["ingest", "--data", data, .. args]));

    /// <summary><c>quantrac export --data DATA [extra]</c> as lines, exit 0 required.</summary>
    public static async Task<IReadOnlyList<string>> ExportAsync(string data, params string[] args)
    {
        var result = (await QuantracProcess.RunAsync(["export", "--data", data, .. args])).ShouldExit(0);
        var lines = result.Lines;
        Assert.Equal(Csv.Header, lines[0]);
        return lines;
    }

    /// <summary><c>quantrac files list --data DATA --limit 1000000 [extra]</c>, exit 0 required.</summary>
    public static async Task<List<FileRow>> FilesAsync(string data, params string[] args)
    {
        var result = (await QuantracProcess.RunAsync(["files", "list", "--data", data, "--limit", "1000000", .. args])).ShouldExit(0);
        var lines = result.Lines;
        Assert.Equal("received_at\toutcome\trecords\treceipts\tsha256\tfile\treason", lines[0]);
        return [.. lines.Skip(1).Select(l =>
        {
            var f = l.Split('\t');
            Assert.True(f.Length == 7, $"files list line with {f.Length} fields: {l}");
            return new FileRow(f[0], f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), f[4], f[5], f[6]);
        })];
    }

    /// <summary>Copies a file or folder (recursively) into <paramref name="target"/>.</summary>
    public static void Copy(string source, string target)
    {
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
            return;
        }
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
    }

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    public static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Parses a JSON array printed by <c>quantrac parse</c>.</summary>
    public static JsonElement[] ParseOutput(QuantracResult result)
    {
        using var json = result.Json();
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
