using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using QuanTrac.TestKit;

namespace QuanTrac.Cli.Tests;

/// <summary>
/// Runs the real <c>quantrac</c> program as a separate process: <c>dotnet &lt;root&gt;/.build/cli/quantrac.dll ARGS</c>.
/// <c>./test.sh</c> builds it before the suite; when the dll is missing, <c>./quantrac --help</c> is run once to build it.
/// </summary>
public static class QuantracProcess
{
    /// <summary>How long one command may run before it is killed and the test fails.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The built program.</summary>
    public static string Dll { get; } = Path.Combine(RepoPaths.Root, ".build", "cli", "quantrac.dll");

    static readonly SemaphoreSlim BuildLock = new(1, 1);
    static bool _built;

    /// <summary>Builds the program with <c>./quantrac --help</c> when the dll is missing (once, under a lock).</summary>
    public static async Task EnsureBuiltAsync()
    {
        if (Volatile.Read(ref _built))
            return;
        await BuildLock.WaitAsync();
        try
        {
            if (_built)
                return;
            if (!File.Exists(Dll))
            {
                var build = new ProcessStartInfo(Path.Combine(RepoPaths.Root, "quantrac"))
                {
                    WorkingDirectory = RepoPaths.Root,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                build.ArgumentList.Add("--help");
                using var process = Process.Start(build)!;
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
                await process.WaitForExitAsync(timeout.Token);
                if (process.ExitCode != 0 || !File.Exists(Dll))
                    throw new InvalidOperationException($"./quantrac --help could not build {Dll} (exit {process.ExitCode}):\n{await stdout}\n{await stderr}");
            }
            Volatile.Write(ref _built, true);
        }
        finally
        {
            BuildLock.Release();
        }
    }

    /// <summary>Runs <c>quantrac ARGS</c> to the end and captures everything.</summary>
    public static Task<QuantracResult> RunAsync(params string[] args) => RunAsync(args, DefaultTimeout);

    /// <summary>Runs <c>quantrac ARGS</c> to the end; kills it and throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public static async Task<QuantracResult> RunAsync(IReadOnlyList<string> args, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var running = await StartAsync(args, environment);
        return await running.WaitAsync(timeout);
    }

    /// <summary>Starts <c>quantrac ARGS</c> without waiting (to kill it at a chosen moment).</summary>
    public static async Task<RunningQuantrac> StartAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        await EnsureBuiltAsync();
        var info = new ProcessStartInfo("dotnet")
        {
            // Never the repository: a command run without --data must not leave ./data behind.
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var a in args)
            info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        return new RunningQuantrac(Process.Start(info)!, "quantrac " + string.Join(' ', args));
    }
}

/// <summary>A started <c>quantrac</c> process whose output is being captured.</summary>
public sealed class RunningQuantrac : IDisposable
{
    /// <summary>Exit code of a process ended by SIGKILL (128 + 9).</summary>
    public const int SigKillExitCode = 137;

    readonly Process _process;
    readonly string _command;
    readonly Stopwatch _clock = Stopwatch.StartNew();
    readonly Task<byte[]> _stdout;
    readonly Task<string> _stderr;

    internal RunningQuantrac(Process process, string command)
    {
        _process = process;
        _command = command;
        _stdout = ReadAllAsync(process.StandardOutput.BaseStream);
        _stderr = process.StandardError.ReadToEndAsync();
    }

    static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Time since the start.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Sends SIGKILL (on Linux <see cref="Process.Kill(bool)"/> does) to the process and its children.</summary>
    public void KillHard()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Waits for the end; kills the process and throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task<QuantracResult> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            KillHard();
            await _process.WaitForExitAsync();
            throw new TimeoutException($"{_command} did not end within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s. stderr:\n{await _stderr}");
        }
        var stdout = await _stdout;
        var stderr = await _stderr;
        return new QuantracResult(_command, _process.ExitCode, stdout, stderr, _clock.Elapsed);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_process.HasExited)
            KillHard();
        _process.Dispose();
    }
}

/// <summary>The outcome of one <c>quantrac</c> run.</summary>
/// <param name="Command">The command line (for messages).</param>
/// <param name="ExitCode">Exit code (137 after SIGKILL).</param>
/// <param name="StdoutBytes">Standard output, byte for byte.</param>
/// <param name="Stderr">Standard error as UTF-8 text.</param>
/// <param name="Elapsed">Wall time from start to exit.</param>
public sealed record QuantracResult(string Command, int ExitCode, byte[] StdoutBytes, string Stderr, TimeSpan Elapsed)
{
    /// <summary>Standard output as UTF-8 text.</summary>
    public string Stdout => new UTF8Encoding(false).GetString(StdoutBytes);

    /// <summary>Standard output split into lines (no trailing empty line).</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            var text = Stdout;
            if (text.EndsWith('\n'))
                text = text[..^1];
            return text.Length == 0 ? [] : text.Split('\n');
        }
    }

    /// <summary>Standard output parsed as JSON.</summary>
    public JsonDocument Json() => JsonDocument.Parse(StdoutBytes);

    /// <summary>Everything needed to understand a failure.</summary>
    public string Describe() => FormattableString.Invariant(
        $"{Command} → exit {ExitCode} after {Elapsed.TotalMilliseconds:F0} ms\n--- stdout (first 2000 chars) ---\n{Truncate(Stdout)}\n--- stderr ---\n{Truncate(Stderr)}");

    /// <summary>Asserts the exit code, showing the output when it differs.</summary>
    public QuantracResult ShouldExit(int expected)
    {
        Assert.True(ExitCode == expected, $"expected exit {expected.ToString(CultureInfo.InvariantCulture)}: {Describe()}");
        return this;
    }

    static string Truncate(string s) => s.Length <= 2000 ? s : s[..2000] + "…";
}
