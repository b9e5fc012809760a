using System.Buffers;
using System.Text.RegularExpressions;
using QuanTrac.Domain.Time;

namespace QuanTrac.Ingest.StationFiles;

/// <summary>
/// The name of a station file (station-data-format.md §4.2): <c>&lt;prefix&gt;_&lt;yyyyMMddHHmmss&gt;.txt</c>, or the
/// legacy <c>&lt;Name&gt;&lt;yyyyMMddHHmmss&gt;.txt</c> for stations flagged "legacy name".
/// </summary>
/// <param name="FileName">The file-name part (no folder).</param>
/// <param name="Prefix">Everything before the last <c>_</c> (legacy: the name, spelled as registered). Stations are looked up by the whole prefix.</param>
/// <param name="Province">Province code when the prefix has the usual 3-part form, else null. Informative only.</param>
/// <param name="Facility">Facility code of the 3-part form, else null.</param>
/// <param name="Station">Station code of the 3-part form, else null.</param>
/// <param name="Timestamp">Measurement time, Vietnam local time (+07:00).</param>
/// <param name="IsLegacy">True for the legacy form without separator.</param>
public sealed partial record StationFileName(
    string FileName,
    string Prefix,
    string? Province,
    string? Facility,
    string? Station,
    DateTimeOffset Timestamp,
    bool IsLegacy)
{
    // Longer than any file system allows: rejecting early bounds the regex work on hostile input.
    const int MaxLength = 255;

    // [0-9] rather than \d: \d also matches Arabic-Indic and other Unicode digits.
    [GeneratedRegex(@"^(?<name>[A-Za-z]+)(?<ts>[0-9]{14})\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Legacy();

    /// <summary>
    /// Parses a file name (a path is accepted; only its last part is used). On failure <paramref name="problem"/>
    /// says why in words an operator understands; such a file goes to quarantine.
    /// </summary>
    /// <param name="fileName">File name or path.</param>
    /// <param name="legacyNames">Names of stations allowed to use the legacy form; null or empty for none.</param>
    /// <param name="name">The parsed name, or null.</param>
    /// <param name="problem">Why the name is not valid, or null.</param>
    public static bool TryParse(string fileName, IReadOnlyCollection<string>? legacyNames, out StationFileName? name, out Problem? problem)
    {
        name = null;
        var file = LastPart(fileName ?? "");
        if (file.Length is 0 or > MaxLength)
        {
            problem = StationFileMessages.BadFileName(file);
            return false;
        }

        if (MatchStandard(file) is { } standard)
        {
            var ts = file.AsSpan(standard.Timestamp, TimestampLength);
            if (!VietnamTime.TryParseFileTimestamp(ts, out var at))
            {
                problem = StationFileMessages.BadFileTimestamp(file, ts.ToString());
                return false;
            }
            var prefix = file[..standard.PrefixLength];
            name = MatchThreePart(prefix) is var (first, second)
                ? new StationFileName(file, prefix, prefix[..first], prefix[(first + 1)..second], prefix[(second + 1)..], at, false)
                : new StationFileName(file, prefix, null, null, null, at, false);
            problem = null;
            return true;
        }

        var legacy = Legacy().Match(file);
        if (legacy.Success)
        {
            var legacyName = legacy.Groups["name"].Value;
            var ts = legacy.Groups["ts"].Value;
            if (RegisteredLegacyName(legacyNames, legacyName) is not { } registered)
            {
                problem = StationFileMessages.LegacyNameNotAllowed(file, legacyName);
                return false;
            }
            if (!VietnamTime.TryParseFileTimestamp(ts, out var at))
            {
                problem = StationFileMessages.BadFileTimestamp(file, ts);
                return false;
            }
            name = new StationFileName(file, registered, null, null, null, at, true);
            problem = null;
            return true;
        }

        problem = StationFileMessages.BadFileName(file);
        return false;
    }

    const int TimestampLength = 14;

    /// <summary>
    /// <c>&lt;prefix&gt;_&lt;14 digits 0-9&gt;.txt</c> (".txt" in any case; the prefix not empty, without a line break): the
    /// prefix's length and where the timestamp starts. Written out instead of a regex with named groups, whose match
    /// objects cost a backlog ≈ 5 % of its client CPU; the regex stays in the tests as the definition.
    /// </summary>
    static (int PrefixLength, int Timestamp)? MatchStandard(string file)
    {
        var text = file.AsSpan();
        if (text.EndsWith('\n'))
            text = text[..^1]; // a regex '$' also matches before a final line break
        const int suffix = 1 + TimestampLength + 4; // _yyyyMMddHHmmss.txt
        if (text.Length <= suffix || !text.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            return null;
        var prefixLength = text.Length - suffix;
        var ts = text.Slice(prefixLength + 1, TimestampLength);
        if (text[prefixLength] != '_' || ts.ContainsAnyExceptInRange('0', '9') || text[..prefixLength].Contains('\n'))
            return null;
        return (prefixLength, prefixLength + 1);
    }

    /// <summary>
    /// The usual three parts, <c>&lt;2-3 letters&gt;_&lt;letters, digits&gt;_&lt;letters, digits, '-'&gt;</c> (ASCII): where
    /// the first and the second underscore are.
    /// </summary>
    static (int First, int Second)? MatchThreePart(string prefix)
    {
        var first = prefix.IndexOf('_', StringComparison.Ordinal);
        var second = first < 0 ? -1 : prefix.IndexOf('_', first + 1);
        if (first is < 2 or > 3 || second <= first + 1 || second == prefix.Length - 1)
            return null;
        var span = prefix.AsSpan();
        return span[..first].ContainsAnyExcept(AsciiLetters)
            || span[(first + 1)..second].ContainsAnyExcept(AsciiLettersDigits)
            || span[(second + 1)..].ContainsAnyExcept(AsciiLettersDigitsDash)
            ? null
            : (first, second);
    }

    static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    static readonly SearchValues<char> AsciiLettersDigits = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    static readonly SearchValues<char> AsciiLettersDigitsDash = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-");

    /// <summary>
    /// The name part of a file named in the legacy form (<c>&lt;Name&gt;&lt;yyyyMMddHHmmss&gt;.txt</c>), whether or not a
    /// station is flagged to use it; null for other names.
    /// </summary>
    public static string? LegacyNameOf(string fileName)
    {
        var file = LastPart(fileName ?? "");
        var legacy = file.Length is 0 or > MaxLength ? null : Legacy().Match(file);
        return legacy is { Success: true } ? legacy.Groups["name"].Value : null;
    }

    // Both separators: files uploaded from Windows loggers may carry backslash paths on a Linux server.
    static string LastPart(string path)
    {
        var cut = path.AsSpan().LastIndexOfAny('/', '\\');
        return cut < 0 ? path : path[(cut + 1)..];
    }

    // Case-insensitive like the parameter mapping (§9): registrations are typed by hand.
    // The registered spelling is the prefix, so that the station is found whatever case the logger writes.
    static string? RegisteredLegacyName(IReadOnlyCollection<string>? legacyNames, string candidate)
    {
        if (legacyNames is null)
            return null;
        foreach (var n in legacyNames)
            if (string.Equals(n, candidate, StringComparison.OrdinalIgnoreCase))
                return n;
        return null;
    }
}
