using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuanTrac.Domain.Time;
using QuanTrac.Ingest.StationFiles;

namespace QuanTrac.Ingest.Tests.StationFiles;

/// <summary>Properties: write→read round-trip, totality on arbitrary bytes, file-name round-trip.</summary>
public class StationFileReaderPropertyTests
{
    static readonly DateTimeOffset Start = new(2000, 1, 1, 0, 0, 0, VietnamTime.Offset);

    // Letters and symbols seen in real names and units, plus Vietnamese letters and inner spaces.
    static readonly char[] NameChars = "abcXYZ019_-+.,/%°µ ệđộÁượ()".ToCharArray();

    static Gen<string> Text(int min) =>
        Gen.ArrayOf(Gen.Elements(NameChars)).Select(cs => new string(cs).Trim(' ')).Where(s => s.Length >= min);

    static Gen<string> Value() => Gen.OneOf(
        Gen.Constant(""),
        Gen.Constant("---"),
        Gen.Choose(-1_000_000, 1_000_000).Zip(Gen.Choose(0, 4)).Select(t =>
            (t.Item1 / (decimal)Math.Pow(10, t.Item2)).ToString("F" + t.Item2.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture)));

    static Gen<DateTimeOffset> Time() => Gen.Choose(0, 10_000_000).Select(m => Start.AddMinutes(m));

    static Gen<StationFileLine> Row(DateTimeOffset at) =>
        from parameter in Text(1)
        from value in Value()
        from unit in Text(0)
        from status in Gen.Elements("00", "01", "02")
        select new StationFileLine(parameter, value, unit, at, status);

    static Gen<StationFileLine[]> Lines() =>
        from at in Time()
        from rows in Gen.ListOf(Row(at))
        select Distinct(rows);

    // The reader treats names that differ only in case as the same parameter (§9 matching), so keep one.
    static StationFileLine[] Distinct(IEnumerable<StationFileLine> lines) =>
        lines.DistinctBy(l => l.Parameter.ToUpperInvariant()).ToArray();

    [Property(MaxTest = 200)]
    public Property WriteThenRead_AnyRecords_SameRecordsWithoutWarnings() =>
        Prop.ForAll(Lines().Where(l => l.Length > 0).Zip(Gen.Elements("\r\n", "\n")).ToArbitrary(), input =>
        {
            var (lines, newline) = input;
            var name = StationFileWriter.FileName("QN_DEMO_NUO002", lines[0].ObservedAt);
            var file = StationFileReader.Read(name, StationFileWriter.Write(lines, newline));

            return !file.IsRejected && file.Warnings.Count == 0 && file.Records.Count == lines.Length
                && lines.Zip(file.Records).All(p =>
                    p.First.Parameter == p.Second.Parameter
                    && p.First.Value == p.Second.RawValue
                    && (p.Second.Value is null
                        ? p.First.Value is "" or "---"
                        : p.Second.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == p.First.Value)
                    && p.First.Unit == p.Second.Unit
                    && p.First.Status == p.Second.Status
                    && p.First.ObservedAt == p.Second.ObservedAt);
        });

    [Property(MaxTest = 300)]
    public Property Read_ArbitraryBytes_NeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var tolerant = StationFileReader.Read("QN_DEMO_NUO002_20250614083500.txt", bytes);
            var strict = StationFileReader.Read("QN_DEMO_NUO002_20250614083500.txt", bytes, StationFileReadOptions.StrictMode);
            return tolerant.IsRejected == (tolerant.Records.Count == 0) && strict.IsRejected == (strict.Records.Count == 0);
        });

    // Bytes that look like station files (TABs, CR, LF, digits, 0xFF) hit far more branches than uniform noise.
    [Property(MaxTest = 300)]
    public Property Read_StationLikeNoise_NeverThrows() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements<byte>(9, 10, 13, 32, 45, 46, 44, 48, 49, 50, 0x41, 0xC3, 0xA1, 0xFF, 0xEF, 0xBB, 0xBF)).ToArbitrary(), bytes =>
        {
            var file = StationFileReader.Read("QN_DEMO_NUO002_20250614083500.txt", bytes, new StationFileReadOptions { AcceptDecimalComma = true });
            return file.Records.All(r => r.Parameter.Length > 0);
        });

    [Property(MaxTest = 300)]
    public Property FileName_AnyPrefixAndTime_RoundTrips() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements("ABCxyz019_-.".ToCharArray())).Select(c => new string(c)).Where(p => p.Length > 0)
            .Zip(Time()).ToArbitrary(), input =>
        {
            var (prefix, at) = input;
            var ok = StationFileName.TryParse(StationFileWriter.FileName(prefix, at), null, out var name, out _);
            return ok && name!.Prefix == prefix && name.Timestamp == at && !name.IsLegacy;
        });
}
