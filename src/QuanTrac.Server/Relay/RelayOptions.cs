namespace QuanTrac.Server.Relay;

/// <summary>How a province forwards its accepted files to an upstream QuanTrac (<c>quantrac serve --relay-to URL</c>).</summary>
public sealed record RelayOptions
{
    /// <summary>Base address of the upstream (e.g. <c>http://centre:5080</c>) or the full endpoint address.</summary>
    public required Uri Upstream { get; init; }

    /// <summary>The key the upstream accepts (its <c>--relay-key</c>).</summary>
    public required string Key { get; init; }

    /// <summary>Who forwards, sent with every file (default: the machine name, reduced to the characters the upstream accepts).</summary>
    public string Source { get; init; } = SafeSource(Environment.MachineName);

    /// <summary>Outbox rows claimed per round (default 64).</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Files sent at once (default 16). The upstream commits in batches, so parallel sends share its commits.</summary>
    public int Concurrency { get; init; } = 16;

    /// <summary>Wait after the first failed attempt of a file; doubled after each further failure (default 2 s).</summary>
    public TimeSpan BackoffBase { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between two attempts of a file (default 5 min): also how late a send resumes after the upstream is back.</summary>
    public TimeSpan BackoffCap { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Fraction of each wait taken off at random so that many provinces do not retry in step (default 0.2; 0 = none).</summary>
    public double Jitter { get; init; } = 0.2;

    /// <summary>Seed of the jitter's random numbers (default fixed, so a run can be replayed).</summary>
    public int Seed { get; init; } = 10_2021;

    /// <summary>Longest wait for one answer of the upstream (default 60 s); the upstream answers after its commit.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Pause when nothing is due (default 1 s): how soon a newly accepted file leaves.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// <paramref name="name"/> with every character outside letters, digits, '.', '_' and '-' replaced by '-', at most
    /// 64 long: the upstream refuses other sources, and a refused source would hold every file back.
    /// </summary>
    public static string SafeSource(string name)
    {
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-')]);
        return safe.Length == 0 ? "unknown" : safe[..Math.Min(64, safe.Length)];
    }

    /// <summary>The endpoint address files are posted to.</summary>
    public Uri Endpoint => Upstream.AbsolutePath.TrimEnd('/').EndsWith(RelayProtocol.Path, StringComparison.Ordinal)
        ? Upstream
        : new Uri(Upstream.GetLeftPart(UriPartial.Authority) + Upstream.AbsolutePath.TrimEnd('/') + RelayProtocol.Path);
}
