using System.Text;
using QuanTrac.Domain.Observations;
using QuanTrac.Ingest.StationFiles;

namespace QuanTrac.Ingest.Tests.StationFiles;

/// <summary>Broken and hostile files: each gets a specific reason or warning, and nothing throws.</summary>
public class StationFileReaderHostileInputTests
{
    const string Name = "QN_DEMO_NUO002_20250614083500.txt";
    const string Ts = "20250614083500";

    static ParsedStationFile Read(string text, StationFileReadOptions? options = null) =>
        StationFileReader.Read(Name, Encoding.UTF8.GetBytes(text), options);

    static string Line(string parameter, string value, string unit = "mg/L", string status = "00", string ts = Ts) =>
        $"{parameter}\t{value}\t{unit}\t{ts}\t{status}\r\n";

    [Fact]
    public void Read_ZeroBytes_RejectedAsEmptyFile()
    {
        var file = StationFileReader.Read(Name, []);
        Assert.Equal("EMPTY_FILE", file.Error!.Code);
        Assert.Contains("0 bytes", file.Error.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OnlyBlankLines_RejectedAsEmptyFile()
    {
        var file = Read("\r\n   \n\t\t\n\n");
        Assert.Equal("EMPTY_FILE", file.Error!.Code);
        Assert.Contains("blank", file.Error.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_RejectedAsEncodingWithPosition()
    {
        var bytes = Encoding.UTF8.GetBytes(Line("COD", "41.07") + "Temp\t29.6\toC\t");
        bytes[^3] = 0xFF;

        var file = StationFileReader.Read(Name, bytes);

        Assert.Equal("ENCODING", file.Error!.Code);
        Assert.Contains("0xFF", file.Error.English, StringComparison.Ordinal);
        Assert.Contains("line 2", file.Error.English, StringComparison.Ordinal);
        Assert.Contains("UTF-8", file.Error.Vietnamese, StringComparison.Ordinal);
        Assert.Empty(file.Records);
    }

    [Fact]
    public void Read_RandomBinaryGarbage_RejectedWithoutThrowing()
    {
        var random = new Random(20250614);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(1, 2000)];
            random.NextBytes(bytes);
            var file = StationFileReader.Read(Name, bytes);
            Assert.True(file.IsRejected);
            Assert.Contains(file.Error!.Code, new[] { "ENCODING", "NO_VALID_RECORD", "EMPTY_FILE" });
        }
    }

    [Fact]
    public void Read_ValidUtf8Garbage_RejectedAsNoValidRecordWithSummary()
    {
        var file = Read("\0\0\u0001binary\u0002 stuff\nmore");
        Assert.Equal("NO_VALID_RECORD", file.Error!.Code);
        Assert.Contains("no line had 5 TAB-separated fields", file.Error.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineWithFourFields_LineRejectedRestRead()
    {
        var file = Read(Line("COD", "41.07") + "TSS\t18.4\tmg/L\t" + Ts + "\r\n" + Line("NH4", "1.93"));

        Assert.Equal(["COD", "NH4"], file.Records.Select(r => r.Parameter));
        Assert.Equal([1, 3], file.Records.Select(r => r.Line));
        var warning = Assert.Single(file.Warnings);
        Assert.Equal((2, "BAD_FIELD_COUNT"), (warning.Line, warning.Code));
        Assert.Equal("Line 2 has 4 field(s); a record needs 5 fields separated by TAB (name, value, unit, time, status). The line was skipped.", warning.English);
        Assert.StartsWith("Dòng 2 có 4 trường", warning.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OnlyFourFieldLines_NoValidRecordSaysNoLineHadFiveFields()
    {
        var file = Read("TSS\t18.4\tmg/L\t" + Ts + "\r\n");
        Assert.Equal("NO_VALID_RECORD", file.Error!.Code);
        Assert.Contains("no line had 5 TAB-separated fields", file.Error.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("QN_DEMO_NUO002_20250231083500.txt")]
    [InlineData("QN_DEMO_NUO002_20251301083500.txt")]
    [InlineData("QN_DEMO_NUO002_20250614250000.txt")]
    public void Read_ImpossibleDateInName_RejectedAsBadFileTimestamp(string name)
    {
        var file = StationFileReader.Read(name, Encoding.UTF8.GetBytes(Line("COD", "41.07")));
        Assert.Equal("BAD_FILE_TIMESTAMP", file.Error!.Code);
        Assert.Null(file.Name);
        Assert.Empty(file.Records);
    }

    [Fact]
    public void Read_ImpossibleDateInLine_RecordRejected()
    {
        var file = Read(Line("COD", "41.07", ts: "20250231083500") + Line("TSS", "18.4"));

        Assert.Equal("TSS", Assert.Single(file.Records).Parameter);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal((1, "BAD_TIMESTAMP"), (warning.Line, warning.Code));
        Assert.Contains("'20250231083500'", warning.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OnlyBadLineDates_NoValidRecordMentionsTime()
    {
        var file = Read(Line("COD", "41.07", ts: "2025-06-14"));
        Assert.Equal("NO_VALID_RECORD", file.Error!.Code);
        Assert.Contains("invalid time", file.Error.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("QN_DEMO_NUO002.txt")]
    [InlineData("QN_DEMO_NUO002_2025061408350.txt")]
    [InlineData("QN_DEMO_NUO002_20250614083500.csv")]
    [InlineData("")]
    public void Read_NameWithoutTimestamp_RejectedAsBadFileName(string name)
    {
        var file = StationFileReader.Read(name, Encoding.UTF8.GetBytes(Line("COD", "41.07")));
        Assert.Equal("BAD_FILE_NAME", file.Error!.Code);
        Assert.Contains("<prefix>_<yyyyMMddHHmmss>.txt", file.Error.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Bom_StrippedWithWholeFileWarning()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Line("COD", "41.07"))).ToArray();

        var file = StationFileReader.Read(Name, bytes);

        Assert.Equal("COD", Assert.Single(file.Records).Parameter);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal((0, "BOM"), (warning.Line, warning.Code));
    }

    [Fact]
    public void Read_MixedLineEndings_AllReadWithWarning()
    {
        var file = Read("COD\t41.07\tmg/L\t" + Ts + "\t00\r\nTSS\t18.4\tmg/L\t" + Ts + "\t00\nNH4\t1.93\tmg/L\t" + Ts + "\t01");

        Assert.Equal(3, file.Records.Count);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal((0, "MIXED_LINE_ENDINGS"), (warning.Line, warning.Code));
    }

    [Fact]
    public void Read_StrayCrBeforeLf_Stripped()
    {
        var record = Assert.Single(Read("COD\t41.07\tmg/L\t" + Ts + "\t00\r\r\n").Records);
        Assert.Equal("00", record.Status);
    }

    [Fact]
    public void Read_FiftyMegabytes_RejectedBySizeWithBothFigures()
    {
        var bytes = new byte[50 * 1024 * 1024];

        var file = StationFileReader.Read(Name, bytes);

        Assert.Equal("FILE_TOO_LARGE", file.Error!.Code);
        Assert.Contains("52,428,800 bytes", file.Error.English, StringComparison.Ordinal);
        Assert.Contains("16,777,216 bytes", file.Error.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeNumberOfTabs_RejectedLineWithoutThrowing()
    {
        var file = Read(new string('\t', 100_003) + "x\n");
        Assert.Equal("NO_VALID_RECORD", file.Error!.Code);
    }
}
