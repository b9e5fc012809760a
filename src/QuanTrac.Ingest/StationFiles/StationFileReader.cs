using System.Buffers;
using System.Text.Unicode;
using QuanTrac.Domain.Observations;

namespace QuanTrac.Ingest.StationFiles;

/// <summary>
/// Reads station files of the national format (station-data-format.md §5–6). Pure (no I/O) and total: any
/// byte sequence gives a <see cref="ParsedStationFile"/>, never an exception, because it runs on every file
/// received, including broken uploads and hostile input.
/// </summary>
public static class StationFileReader
{
    static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads one file from its name and raw bytes.</summary>
    /// <param name="fileName">File name (or path); its timestamp is compared with the line timestamps.</param>
    /// <param name="bytes">The raw file content.</param>
    /// <param name="options">Station settings; default tolerant.</param>
    public static ParsedStationFile Read(string fileName, ReadOnlySpan<byte> bytes, StationFileReadOptions? options = null)
    {
        options ??= StationFileReadOptions.Tolerant;
        fileName ??= "";

        // The name comes first: a file that cannot be attributed to a station goes to quarantine as is.
        if (!StationFileName.TryParse(fileName, options.LegacyNames, out var name, out var nameProblem))
            return Rejected(fileName, null, [], nameProblem!);
        // Checked before decoding so a huge upload costs nothing but this comparison.
        if (bytes.Length > options.MaxBytes)
            return Rejected(fileName, name, [], StationFileMessages.TooLarge(bytes.Length, options.MaxBytes));
        if (bytes.IsEmpty)
            return Rejected(fileName, name, [], StationFileMessages.EmptyFile(zeroBytes: true));

        var warnings = new List<ParseWarning>();
        var bomLength = 0;
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
            bomLength = Utf8Bom.Length;
            warnings.Add(StationFileMessages.Bom());
        }

        // UTF-16 never needs more chars than UTF-8 has bytes. Pooled: this runs thousands of times a second.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status != OperationStatus.Done)
            {
                var line = 1 + bytes[..read].Count((byte)'\n');
                return Rejected(fileName, name, warnings, StationFileMessages.Encoding(bytes[read], read + bomLength, line));
            }
            return ReadText(fileName, name!, buffer.AsSpan(0, written), options, warnings);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    static ParsedStationFile ReadText(string fileName, StationFileName name, ReadOnlySpan<char> text, StationFileReadOptions options, List<ParseWarning> warnings)
    {
        var wholeFileWarnings = warnings.Count;
        var records = new StationRecordCollector(name, options, warnings);
        int crlf = 0, lf = 0, lineNo = 0, pos = 0;
        while (pos < text.Length)
        {
            lineNo++;
            var rest = text[pos..];
            var nl = rest.IndexOf('\n');
            var line = nl < 0 ? rest : rest[..nl];
            pos = nl < 0 ? text.Length : pos + nl + 1;

            // Any CRs before the LF are line-ending debris (CRLF, or CR CR LF from double conversion).
            var hadCr = false;
            while (!line.IsEmpty && line[^1] == '\r')
            {
                line = line[..^1];
                hadCr = true;
            }
            if (nl >= 0)
            {
                if (hadCr)
                    crlf++;
                else
                    lf++;
            }
            if (line.IsWhiteSpace())
                continue;
            records.ReadLine(line, lineNo);
        }

        if (crlf > 0 && lf > 0)
            warnings.Insert(wholeFileWarnings, StationFileMessages.MixedLineEndings(crlf, lf));

        var result = records.Result();
        if (result.Count > 0)
            return new ParsedStationFile(fileName, name, result, warnings, null);
        var problem = records.Counts.NonBlankLines == 0
            ? StationFileMessages.EmptyFile(zeroBytes: false)
            : StationFileMessages.NoValidRecord(records.Counts);
        return Rejected(fileName, name, warnings, problem);
    }

    static ParsedStationFile Rejected(string fileName, StationFileName? name, IReadOnlyList<ParseWarning> warnings, Problem problem) =>
        new(fileName, name, Array.Empty<StationRecord>(), warnings, problem);
}
