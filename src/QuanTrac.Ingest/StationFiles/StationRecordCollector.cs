using System.Globalization;
using System.Text;
using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Time;

namespace QuanTrac.Ingest.StationFiles;

/// <summary>
/// Turns the non-blank lines of one file into records (station-data-format.md §5.3–5.4, §6): field counts,
/// values, statuses, timestamps and duplicates. One instance per file; not thread-safe.
/// </summary>
internal sealed class StationRecordCollector
{
    const NumberStyles ValueStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
    const int FieldsPerRecord = 5;

    readonly StationFileName _name;
    readonly bool _strict;
    readonly bool _decimalComma;
    readonly List<ParseWarning> _warnings;
    readonly List<Range> _fields;
    // Null slots are records removed by a later duplicate; compacted once at the end.
    readonly List<StationRecord?> _records;
    readonly Dictionary<(string Name, DateTimeOffset At), (int Index, int Line)> _seen;
    RejectionCounts _counts;

    // The working lists of the previous file read on this thread, cleared and reused: thousands of files a second
    // would otherwise each grow three new collections (reading is synchronous, so one set per thread suffices).
    [ThreadStatic]
    static (List<Range> Fields, List<StationRecord?> Records, Dictionary<(string Name, DateTimeOffset At), (int Index, int Line)> Seen)? t_scratch;

    public StationRecordCollector(StationFileName name, StationFileReadOptions options, List<ParseWarning> warnings)
    {
        _name = name;
        _strict = options.Strict;
        _decimalComma = options.AcceptDecimalComma && !options.Strict;
        _warnings = warnings;
        // A huge file's lists are not kept: clearing them would cost every later file on the thread.
        if (t_scratch is not { Records.Capacity: <= 4096 })
            t_scratch = ([], [], new(KeyComparer.Instance));
        (_fields, _records, _seen) = t_scratch.Value;
        _fields.Clear();
        _records.Clear();
        _seen.Clear();
    }

    public RejectionCounts Counts => _counts;

    /// <summary>Reads one non-blank line (line ending already removed).</summary>
    public void ReadLine(ReadOnlySpan<char> line, int lineNo)
    {
        _counts.NonBlankLines++;
        SplitOnTab(line);
        var n = _fields.Count;

        // Trailing empty fields are checked before the 5·k rule, so "5 fields + TAB" is not a bad count.
        var lastNonEmpty = n;
        while (lastNonEmpty > 0 && line[_fields[lastNonEmpty - 1]].Trim(' ').IsEmpty)
            lastNonEmpty--;
        var used = Math.Max(1, (lastNonEmpty + FieldsPerRecord - 1) / FieldsPerRecord) * FieldsPerRecord;
        if (n > used)
        {
            _warnings.Add(StationFileMessages.TrailingFields(lineNo, n - used, _strict));
            if (_strict)
            {
                _counts.TrailingStrict++;
                return;
            }
            n = used;
        }

        if (n < FieldsPerRecord || n % FieldsPerRecord != 0)
        {
            _warnings.Add(StationFileMessages.BadFieldCount(lineNo, _fields.Count));
            _counts.BadFieldCount++;
            return;
        }

        var k = n / FieldsPerRecord;
        if (k > 1)
        {
            _warnings.Add(StationFileMessages.MultiRecord(lineNo, k, n, _strict));
            if (_strict)
            {
                _counts.MultiRecordStrict++;
                return;
            }
        }
        for (var i = 0; i < k; i++)
            ReadRecord(line, lineNo, i * FieldsPerRecord);
    }

    /// <summary>The records kept, in line order.</summary>
    public List<StationRecord> Result()
    {
        var result = new List<StationRecord>(_records.Count);
        foreach (var r in _records)
            if (r is not null)
                result.Add(r);
        return result;
    }

    void SplitOnTab(ReadOnlySpan<char> line)
    {
        _fields.Clear();
        var start = 0;
        while (true)
        {
            var tab = line[start..].IndexOf('\t');
            if (tab < 0)
            {
                _fields.Add(new Range(start, line.Length));
                return;
            }
            _fields.Add(new Range(start, start + tab));
            start += tab + 1;
        }
    }

    void ReadRecord(ReadOnlySpan<char> line, int lineNo, int first)
    {
        var nameText = line[_fields[first]].Trim(' ');
        if (nameText.IsEmpty)
        {
            _warnings.Add(StationFileMessages.EmptyParameter(lineNo));
            _counts.EmptyParameter++;
            return;
        }
        var parameter = Normalised(nameText, lineNo, isUnit: false);
        var valueText = line[_fields[first + 1]].Trim(' ');
        var unit = Normalised(line[_fields[first + 2]].Trim(' '), lineNo, isUnit: true);
        var tsText = line[_fields[first + 3]].Trim(' ');
        var statusText = line[_fields[first + 4]].Trim(' ');

        if (!VietnamTime.TryParseFileTimestamp(tsText, out var at))
        {
            _warnings.Add(StationFileMessages.BadTimestamp(lineNo, parameter, tsText.ToString()));
            _counts.BadTimestamp++;
            return;
        }

        var flags = ObservationFlags.None;
        var (rawValue, value) = ReadValue(valueText, parameter, lineNo, ref flags);
        var status = ReadStatus(statusText, parameter, lineNo, ref flags);
        if (at != _name.Timestamp)
        {
            flags |= ObservationFlags.TimestampMismatch;
            _warnings.Add(StationFileMessages.TimestampMismatch(lineNo, parameter, tsText.ToString(),
                VietnamTime.FormatFileTimestamp(_name.Timestamp)));
        }

        var key = (parameter, at);
        if (_seen.TryGetValue(key, out var earlier))
        {
            _warnings.Add(StationFileMessages.Duplicate(lineNo, earlier.Line, parameter, _strict));
            if (earlier.Index >= 0)
                _records[earlier.Index] = null;
            if (_strict)
            {
                // The earlier record counts once; every further copy is rejected too.
                _counts.DuplicateStrict += earlier.Index >= 0 ? 2 : 1;
                _seen[key] = (-1, lineNo);
                return;
            }
            flags |= ObservationFlags.DuplicateInFile;
        }
        _seen[key] = (_records.Count, lineNo);
        _records.Add(new StationRecord(lineNo, parameter, rawValue, value, unit, at, status, flags));
    }

    (string Raw, decimal? Value) ReadValue(ReadOnlySpan<char> text, string parameter, int lineNo, ref ObservationFlags flags)
    {
        if (text.IsEmpty)
        {
            flags |= ObservationFlags.MissingValue;
            return ("", null);
        }
        if (text.SequenceEqual("---"))
        {
            flags |= ObservationFlags.MissingValue;
            return ("---", null);
        }
        var raw = text.ToString();
        // decimal has no NaN or Infinity, so those fall through to non-numeric as the spec requires.
        if (decimal.TryParse(text, ValueStyles, CultureInfo.InvariantCulture, out var value))
            return (raw, value);
        if (_decimalComma && TryDecimalComma(text, out value))
        {
            _warnings.Add(StationFileMessages.DecimalComma(lineNo, parameter, raw, value));
            return (raw, value);
        }
        flags |= ObservationFlags.NonNumeric;
        _warnings.Add(StationFileMessages.NonNumeric(lineNo, parameter, raw));
        return (raw, null);
    }

    // Only one comma and no point: "7,12" → 7.12. "1,234.5" stays non-numeric (a thousands separator).
    static bool TryDecimalComma(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var comma = text.IndexOf(',');
        if (comma < 0 || text.Length > 64 || text[(comma + 1)..].Contains(',') || text.Contains('.'))
            return false;
        Span<char> copy = stackalloc char[text.Length];
        text.CopyTo(copy);
        copy[comma] = '.';
        return decimal.TryParse(copy, ValueStyles, CultureInfo.InvariantCulture, out value);
    }

    string ReadStatus(ReadOnlySpan<char> text, string parameter, int lineNo, ref ObservationFlags flags)
    {
        // Literals for the common codes: no allocation per record.
        if (text.SequenceEqual("00"))
            return "00";
        if (text.SequenceEqual("01"))
            return "01";
        if (text.SequenceEqual("02"))
            return "02";
        var oneDigit = text.Length == 1 && text[0] is >= '0' and <= '2';
        if (oneDigit && !_strict)
        {
            flags |= ObservationFlags.StatusPadded;
            var raw = text.ToString();
            _warnings.Add(StationFileMessages.StatusPadded(lineNo, parameter, raw));
            return "0" + raw;
        }
        var kept = text.ToString();
        flags |= ObservationFlags.UnknownStatus;
        _warnings.Add(StationFileMessages.UnknownStatus(lineNo, parameter, kept, oneDigitStrict: oneDigit));
        return kept;
    }

    // Loggers on some systems write names in NFD; mapping compares NFC, so normalise and say so. Names and units
    // repeat in every file of a station, so each distinct text is turned into a string and checked (an ICU call
    // for non-ASCII text such as "µg/m³") once per thread, not once per record (bench/README.md, third round).
    string Normalised(ReadOnlySpan<char> text, int lineNo, bool isUnit)
    {
        if (text.IsEmpty)
            return "";
        var known = NormalisedTexts.Get(text);
        if (known.Decomposed)
            _warnings.Add(StationFileMessages.Decomposed(lineNo, known.Text, isUnit));
        return known.Text;
    }

    /// <summary>Same parameter means the same name ignoring case, as the station mapping matches names (§9).</summary>
    sealed class KeyComparer : IEqualityComparer<(string Name, DateTimeOffset At)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Name, DateTimeOffset At) x, (string Name, DateTimeOffset At) y) =>
            x.At == y.At && string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Name, DateTimeOffset At) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name), obj.At);
    }
}
