namespace QuanTrac.Ingest.StationFiles;

/// <summary>Per-station reading settings (station-data-format.md §5.4).</summary>
public sealed record StationFileReadOptions
{
    /// <summary>16 MiB. A 5-minute file is a few hundred bytes; anything near this is not a station file.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <summary>Strict mode: one record per line, no trailing fields, two-digit status, duplicates rejected. Default: tolerant.</summary>
    public bool Strict { get; init; }

    /// <summary>Read <c>7,12</c> as 7.12 (tolerant mode only; default off because <c>1,234</c> is ambiguous).</summary>
    public bool AcceptDecimalComma { get; init; }

    /// <summary>Larger files are rejected without being decoded, which bounds memory and time per file.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Names of stations flagged "legacy name" (<c>&lt;Name&gt;&lt;yyyyMMddHHmmss&gt;.txt</c>).</summary>
    public IReadOnlyCollection<string> LegacyNames { get; init; } = [];

    /// <summary>The default, tolerant mode.</summary>
    public static StationFileReadOptions Tolerant { get; } = new();

    /// <summary>Strict mode with the other defaults.</summary>
    public static StationFileReadOptions StrictMode { get; } = new() { Strict = true };
}
