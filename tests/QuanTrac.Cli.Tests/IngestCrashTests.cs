using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace QuanTrac.Cli.Tests;

/// <summary>The crash test runs alone: its kill moments are calibrated on the machine's speed.</summary>
[CollectionDefinition(nameof(CrashTestCollection), DisableParallelization = true)]
public sealed class CrashTestCollection;

/// <summary>
/// The acceptance criterion of the ingest issue: SIGKILL <c>quantrac ingest</c> at random moments over a backlog of
/// more than 2,000 files, restart it, at least 10 times; the final export equals a clean single ingest, and every file
/// is stored, quarantined with a reason, or still waiting.
/// </summary>
[Collection(nameof(CrashTestCollection))]
public sealed class IngestCrashTests(ITestOutputHelper output)
{
    /// <summary>The seed of kill moments and garbage bytes; QUANTRAC_CRASH_SEED overrides it for exploratory runs.</summary>
    static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("QUANTRAC_CRASH_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 20260325;
    const int MinKills = 12;
    const int MinMidIngestKills = 3;
    const int MaxAttempts = 40;

    [Fact]
    public async Task Ingest_SigKilledAtRandomMomentsAndRestarted_FinalExportEqualsCleanIngestAndNothingLostOrDoubled()
    {
        var total = Stopwatch.StartNew();
        var random = new Random(Seed);
        using var dir = new TempDir();
        var inbox = dir["inbox"];
        var registry = inbox + ".stations.json";
        (await QuantracProcess.RunAsync("simulate", "--out", inbox, "--stations", "2", "--days", "2", "--start", "2025-06-01T00:00:00", "--seed", "3")).ShouldExit(0);
        var hostile = AddHostileFiles(inbox, random);
        var waiting = hostile.Where(f => f.Waiting).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var inboxFiles = Directory.GetFiles(inbox, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var expected = inboxFiles.Where(f => !waiting.Contains(f)).Select(f => (Name: Path.GetFileName(f), Sha: Cli.Sha256(f))).ToList();
        Assert.True(expected.Count >= 2000, $"only {expected.Count} files in the backlog");
        Assert.Equal(expected.Count, expected.Distinct().Count());
        foreach (var data in new[] { dir["reference"], dir["crashed"] })
            (await QuantracProcess.RunAsync("stations", "import", "--data", data, registry)).ShouldExit(0);
        Log($"seed {Seed}");
        Log($"backlog: {inboxFiles.Count} files ({expected.Count} to receive, {waiting.Count} waiting under temporary names), prepared in {total.Elapsed.TotalSeconds:F1} s");

        // Reference: one clean ingest.
        var reference = await QuantracProcess.RunAsync(["ingest", "--data", dir["reference"], inbox], QuantracProcess.DefaultTimeout);
        var referenceSummary = IngestSummary.From(reference);
        var referenceExport = await Cli.ExportAsync(dir["reference"], "--versions");
        Log($"reference ingest: {reference.Elapsed.TotalMilliseconds:F0} ms, {referenceSummary.Files} files, {referenceSummary.Accepted} accepted, " +
            $"{referenceSummary.Quarantined.Count} quarantined, {referenceSummary.NewVersions} new versions, {referenceExport.Count - 1} export rows");
        Assert.Equal(expected.Count, referenceSummary.Files);
        Assert.True(referenceSummary.NewVersions > 0, "the backlog should hold a changed resend (version 2)");

        // A second clean ingest of the same folder: every file a duplicate (or quarantined again), nothing changed.
        var again = await QuantracProcess.RunAsync(["ingest", "--data", dir["reference"], inbox], QuantracProcess.DefaultTimeout);
        var againSummary = IngestSummary.From(again);
        Log($"reference ingest again: {again.Elapsed.TotalMilliseconds:F0} ms, {againSummary.Duplicates} duplicates, {againSummary.Quarantined.Count} quarantined");
        Assert.Equal((expected.Count, expected.Count - referenceSummary.Quarantined.Count, 0), (againSummary.Files, againSummary.Duplicates, againSummary.Accepted));
        Assert.Equal(referenceExport, await Cli.ExportAsync(dir["reference"], "--versions"));

        // Crash run: SIGKILL, restart, again and again. While files are still to be stored, every other kill waits
        // for a random amount of progress in the registry (it lands mid-ingest: in the next batch or its commit) and
        // the others come at a random moment within the first 60 % of a clean run (start-up and migration, reading and
        // parsing, the duplicates already stored); once everything is stored, within the length of a duplicates-only
        // run. The progress-triggered runs commit in small batches (more commit boundaries); the result must not depend on it.
        var freshWindow = Math.Max(reference.Elapsed.TotalMilliseconds * 0.6, 400);
        var duplicateWindow = Math.Max(again.Elapsed.TotalMilliseconds, 300);
        int attempts = 0, hits = 0, completed = 0, startup = 0, partial = 0, late = 0, duplicatePass = 0, stored = 0;
        var kills = new List<string>();
        var crashClock = Stopwatch.StartNew();
        var crashed = dir["crashed"];
        var restarts = 0;
        while (attempts < MaxAttempts && (attempts < MinKills || hits < MinKills || (partial < MinMidIngestKills && stored < expected.Count)))
        {
            attempts++;
            var before = stored;
            // Progress-triggered runs commit in small batches, so that a kill a few milliseconds after the trigger
            // still finds files to commit however fast the ingest has become; random ones use the default.
            // Until enough kills have landed mid-ingest, every run is progress-triggered (a fast ingest could otherwise
            // finish the backlog before that happens); after that, every other one.
            var progressTriggered = before < expected.Count && (attempts % 2 == 0 || partial < MinMidIngestKills);
            string[] batch = progressTriggered ? ["--batch-size", "50"] : [];
            using var running = await QuantracProcess.StartAsync(["ingest", "--data", crashed, .. batch, inbox]);
            string trigger;
            if (progressTriggered)
            {
                // Progress-triggered: wait until the registry holds a random number of further files, then kill
                // within the next few milliseconds (in the middle of the next batch or its commit).
                var target = before + 1 + random.Next(Math.Min(expected.Count - before, expected.Count / 20));
                await WaitForFilesAsync(Path.Combine(crashed, "quantrac.db"), target, running);
                await Task.Delay(random.Next(0, 25));
                trigger = $"after {target} files";
            }
            else
            {
                var window = before < expected.Count ? freshWindow : duplicateWindow;
                await Task.Delay(TimeSpan.FromMilliseconds(50 + random.NextDouble() * (window - 50)));
                trigger = "at random";
            }
            var killedAt = running.Elapsed;
            running.KillHard();
            var result = await running.WaitAsync(TimeSpan.FromSeconds(30));
            // Each restart must find a readable store: the registry after the kill.
            stored = (await Cli.FilesAsync(crashed)).Count;
            string what;
            if (result.ExitCode == RunningQuantrac.SigKillExitCode)
            {
                hits++;
                (what, startup, partial, duplicatePass, late) = before == expected.Count ? ("killed in a duplicates-only pass", startup, partial, duplicatePass + 1, late)
                    : stored == before ? ("killed before committing a new file", startup + 1, partial, duplicatePass, late)
                    : stored == expected.Count ? ("killed after its last commit, before exiting", startup, partial, duplicatePass, late + 1)
                    : ("killed mid-ingest, after some commits", startup, partial + 1, duplicatePass, late);
            }
            else
            {
                Assert.True(result.ExitCode == 0, $"PRODUCT BUG? An ingest restarted after a SIGKILL failed on its own (attempt {attempts}): {result.Describe()}");
                completed++;
                what = "had already finished";
            }
            kills.Add(FormattableString.Invariant(
                $"#{attempts,2}{(batch.Length > 0 ? " (batch 50)" : "")}: kill {trigger} at {killedAt.TotalMilliseconds,5:F0} ms → {what}; registry {before} → {stored} files"));
            if (stored == expected.Count && partial < MinMidIngestKills && attempts < MaxAttempts)
            {
                // The backlog got stored before enough kills landed mid-ingest (a loaded machine's test thread saw the
                // progress too late, or the ingest outran it): this store is checked as the last one will be, and the
                // kills go on against an empty one.
                await VerifyCrashedStoreAsync(crashed);
                crashed = dir[$"crashed-{++restarts}"];
                (await QuantracProcess.RunAsync("stations", "import", "--data", crashed, registry)).ShouldExit(0);
                stored = 0;
                kills.Add($"    backlog stored with {partial} mid-ingest kill(s): store checked, kills continue on an empty store");
            }
        }
        foreach (var k in kills)
            Log(k);
        Log($"kills: {attempts} attempts in {crashClock.Elapsed.TotalSeconds:F1} s, {hits} hit a running process ({startup} before committing a new file, " +
            $"{partial} mid-ingest, {late} after the last commit, {duplicatePass} in a duplicates-only pass), {completed} found it finished, {restarts} restart(s) on an empty store; windows 50–{freshWindow:F0} ms / 50–{duplicateWindow:F0} ms");
        Assert.True(hits >= MinKills, $"only {hits} of {attempts} kills hit a running ingest");
        Assert.True(partial >= MinMidIngestKills, $"only {partial} kills landed mid-ingest (after some commits, before the end)");

        await VerifyCrashedStoreAsync(crashed);
        Log($"crash test total: {total.Elapsed.TotalSeconds:F1} s");

        // A store after the kills: one more clean ingest completes it, and then it equals the clean reference.
        async Task VerifyCrashedStoreAsync(string store)
        {
            var final = await QuantracProcess.RunAsync(["ingest", "--data", store, inbox], QuantracProcess.DefaultTimeout);
            var finalSummary = IngestSummary.From(final);
            Log($"final ingest: {final.Elapsed.TotalMilliseconds:F0} ms, {finalSummary.Files} files, {finalSummary.Accepted} accepted, {finalSummary.Duplicates} duplicates, {finalSummary.Quarantined.Count} quarantined");
            // The SQLite file survived every kill.
            Assert.Equal("ok", IntegrityCheck(Path.Combine(store, "quantrac.db")));

            // The final export equals the clean ingest's, receipt times aside.
            var crashedExport = await Cli.ExportAsync(store, "--versions");
            var want = Csv.WithoutColumn(referenceExport, "received_at");
            var got = Csv.WithoutColumn(crashedExport, "received_at");
            Assert.True(want.SequenceEqual(got, StringComparer.Ordinal), "PRODUCT BUG: after SIGKILLs and restarts the export differs from a clean ingest: " + FirstDifference(want, got));

            // Every file stored or quarantined with a reason (or still waiting under a temporary name); none doubled.
            var referenceFiles = await Cli.FilesAsync(dir["reference"]);
            var crashedFiles = await Cli.FilesAsync(store);
            var doubled = crashedFiles.GroupBy(f => (f.Name, f.Sha256)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(doubled.Count == 0, "PRODUCT BUG: files registered twice: " + string.Join(", ", doubled));
            var byKey = crashedFiles.ToDictionary(f => (f.Name, f.Sha256));
            var lost = expected.Where(e => !byKey.ContainsKey(e)).ToList();
            Assert.True(lost.Count == 0, $"PRODUCT BUG: {lost.Count} files neither stored nor quarantined: " + string.Join(", ", lost.Take(10)));
            Assert.All(crashedFiles, f => Assert.Contains(f.Outcome, new[] { "Accepted", "Quarantined" }));
            Assert.All(crashedFiles.Where(f => f.Outcome == "Quarantined"), f => Assert.False(string.IsNullOrWhiteSpace(f.Reason), $"{f.File} quarantined without a reason"));
            Assert.Equal(expected.Count, crashedFiles.Count);
            Assert.DoesNotContain(crashedFiles, f => waiting.Contains(f.File));
            foreach (var h in hostile.Where(h => h.Quarantined))
                Assert.Equal("Quarantined", Assert.Single(crashedFiles, f => f.File == h.Path).Outcome);
            static string Outcome(FileRow f) => $"{f.Name}|{f.Sha256}|{f.Outcome}|{f.Records}|{f.Reason}";
            Assert.Equal(referenceFiles.Select(Outcome).Order(StringComparer.Ordinal), crashedFiles.Select(Outcome).Order(StringComparer.Ordinal));
        }
    }

    sealed record HostileFile(string Path, bool Quarantined, bool Waiting);

    /// <summary>
    /// What a real inbox also holds: an empty file, garbage bytes, a name outside the convention, an unregistered
    /// station, a changed resend (a new version), and uploads still under a temporary name (left waiting).
    /// </summary>
    static List<HostileFile> AddHostileFiles(string inbox, Random random)
    {
        var sample = Directory.GetFiles(inbox, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var name = Path.GetFileName(sample);
        var prefix = name[..name.LastIndexOf('_')];
        var content = File.ReadAllText(sample, Encoding.UTF8);
        var garbage = new byte[4096];
        random.NextBytes(garbage);
        var files = new List<HostileFile>
        {
            new(Path.Combine(inbox, "hostile", prefix + "_20250602000000.txt"), true, false),
            new(Path.Combine(inbox, "hostile", prefix + "_20250602000500.txt"), true, false),
            new(Path.Combine(inbox, "hostile", "bad name (copy).txt"), true, false),
            new(Path.Combine(inbox, "hostile", "HN_NONE_NUO999_20250601000000.txt"), true, false),
            new(Path.Combine(inbox, "zz-resent", name), false, false),
            new(Path.Combine(inbox, "hostile", prefix + "_20250602001000.txt.part"), false, true),
            new(Path.Combine(inbox, "hostile", "." + prefix + "_20250602001500.txt"), false, true),
        };
        Directory.CreateDirectory(Path.Combine(inbox, "hostile"));
        Directory.CreateDirectory(Path.Combine(inbox, "zz-resent"));
        File.WriteAllBytes(files[0].Path, []);
        File.WriteAllBytes(files[1].Path, garbage);
        File.WriteAllText(files[2].Path, content, new UTF8Encoding(false));
        File.WriteAllText(files[3].Path, content, new UTF8Encoding(false));
        // A resend of the first file with changed values: sorted after the original, it makes version-2 rows.
        var changed = content.Split('\n').Select((line, i) =>
        {
            var fields = line.Split('\t');
            if (i < 3 && fields.Length >= 5)
                fields[1] = (900 + i).ToString(CultureInfo.InvariantCulture) + ".5";
            return string.Join('\t', fields);
        });
        File.WriteAllText(files[4].Path, string.Join('\n', changed), new UTF8Encoding(false));
        File.WriteAllText(files[5].Path, content, new UTF8Encoding(false));
        File.WriteAllText(files[6].Path, content, new UTF8Encoding(false));
        return files;
    }

    /// <summary>Polls the registry (a read-only WAL reader beside the writer) until it holds <paramref name="target"/> files.</summary>
    static async Task WaitForFilesAsync(string database, int target, RunningQuantrac running)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20) && !running.HasExited && CountFiles(database) < target)
            await Task.Delay(5);
    }

    static long CountFiles(string database)
    {
        if (!File.Exists(database))
            return 0;
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 1 }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM files";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // Not created or not migrated yet.
        }
    }

    static string IntegrityCheck(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    static string FirstDifference(IReadOnlyList<string> want, IReadOnlyList<string> got)
    {
        var i = 0;
        while (i < want.Count && i < got.Count && string.Equals(want[i], got[i], StringComparison.Ordinal))
            i++;
        return FormattableString.Invariant($"{want.Count} rows expected, {got.Count} found; first difference at line {i + 1}: expected '{(i < want.Count ? want[i] : "<end>")}', found '{(i < got.Count ? got[i] : "<end>")}'");
    }

    void Log(string message) => output.WriteLine(message);
}
