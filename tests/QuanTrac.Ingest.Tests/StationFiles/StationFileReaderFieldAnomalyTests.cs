using System.Text;
using QuanTrac.Domain.Observations;
using QuanTrac.Ingest.StationFiles;

namespace QuanTrac.Ingest.Tests.StationFiles;

/// <summary>Anomalies inside lines (§5.4): each record gets the right flag and warning, strict and tolerant.</summary>
public class StationFileReaderFieldAnomalyTests
{
    const string Name = "QN_DEMO_NUO002_20250614083500.txt";
    const string Ts = "20250614083500";

    static ParsedStationFile Read(string text, StationFileReadOptions? options = null) =>
        StationFileReader.Read(Name, Encoding.UTF8.GetBytes(text), options);

    static string Line(string parameter, string value, string unit = "mg/L", string status = "00", string ts = Ts) =>
        $"{parameter}\t{value}\t{unit}\t{ts}\t{status}\r\n";

    [Theory]
    [InlineData("03")]
    [InlineData("99")]
    [InlineData("")]
    [InlineData("OK")]
    public void Read_UnknownStatus_KeptRawWithFlagAndWarning(string status)
    {
        var file = Read(Line("COD", "41.07", status: status));

        var record = Assert.Single(file.Records);
        Assert.Equal(status, record.Status);
        Assert.Equal(ObservationFlags.UnknownStatus, record.Flags);
        Assert.Equal(DeviceStatus.Unknown, record.DeviceStatus);
        Assert.Equal("UNKNOWN_STATUS", Assert.Single(file.Warnings).Code);
    }

    [Fact]
    public void Read_OneDigitStatusTolerant_PaddedWithWarning()
    {
        var record = Assert.Single(Read(Line("COD", "41.07", status: "1")).Records);
        Assert.Equal(("01", ObservationFlags.StatusPadded), (record.Status, record.Flags));
        Assert.Equal("STATUS_PADDED", Assert.Single(Read(Line("COD", "41.07", status: "1")).Warnings).Code);
    }

    [Fact]
    public void Read_OneDigitStatusStrict_TreatedAsUnknown()
    {
        var file = Read(Line("COD", "41.07", status: "2"), StationFileReadOptions.StrictMode);
        var record = Assert.Single(file.Records);
        Assert.Equal(("2", ObservationFlags.UnknownStatus), (record.Status, record.Flags));
        Assert.Contains("two digits", Assert.Single(file.Warnings).English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---")]
    [InlineData("")]
    [InlineData("  ")]
    public void Read_MissingValue_NullWithFlagAndNoWarning(string value)
    {
        var file = Read(Line("COD", value, status: "02"));
        var record = Assert.Single(file.Records);
        Assert.Null(record.Value);
        Assert.Equal(ObservationFlags.MissingValue, record.Flags);
        Assert.Empty(file.Warnings);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("N/A")]
    [InlineData("7,12")]
    [InlineData("1,234")]
    [InlineData("0x1F")]
    public void Read_NonNumericValue_NullWithRawTextKept(string value)
    {
        var file = Read(Line("pH", value, unit: ""));
        var record = Assert.Single(file.Records);
        Assert.Null(record.Value);
        Assert.Equal(value, record.RawValue);
        Assert.Equal(ObservationFlags.NonNumeric, record.Flags);
        Assert.Equal("NON_NUMERIC", Assert.Single(file.Warnings).Code);
    }

    [Fact]
    public void Read_DecimalCommaAccepted_ParsedInTolerantOnly()
    {
        var tolerant = Read(Line("pH", "7,12", unit: ""), new StationFileReadOptions { AcceptDecimalComma = true });
        var strict = Read(Line("pH", "7,12", unit: ""), new StationFileReadOptions { AcceptDecimalComma = true, Strict = true });

        Assert.Equal(7.12m, Assert.Single(tolerant.Records).Value);
        Assert.Equal("DECIMAL_COMMA", Assert.Single(tolerant.Warnings).Code);
        Assert.Null(Assert.Single(strict.Records).Value);
    }

    [Fact]
    public void Read_DecomposedVietnameseName_NormalisedToNfcWithWarning()
    {
        var nfd = "Nhiệt độ".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Nhiệt độ", nfd);

        var file = Read(Line(nfd, "132.4", unit: "oC"));

        Assert.Equal("Nhiệt độ", Assert.Single(file.Records).Parameter);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal((1, "DECOMPOSED_UNICODE"), (warning.Line, warning.Code));
    }

    [Fact]
    public void Read_TrailingTabTolerant_OneRecordWithWarning()
    {
        var file = Read("COD\t41.07\tmg/L\t" + Ts + "\t00\t\r\n");
        Assert.Equal("00", Assert.Single(file.Records).Status);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal((1, "TRAILING_FIELDS"), (warning.Line, warning.Code));
    }

    [Fact]
    public void Read_TrailingTabsFillingFiveFieldsTolerant_TrailingNotMultiRecord()
    {
        var file = Read("COD\t41.07\tmg/L\t" + Ts + "\t00\t\t\t\t\t\n");
        Assert.Single(file.Records);
        Assert.Equal("TRAILING_FIELDS", Assert.Single(file.Warnings).Code);
    }

    [Fact]
    public void Read_TrailingTabStrict_LineRejected()
    {
        var file = Read("COD\t41.07\tmg/L\t" + Ts + "\t00\t\r\n" + Line("TSS", "18.4"), StationFileReadOptions.StrictMode);
        Assert.Equal("TSS", Assert.Single(file.Records).Parameter);
        Assert.Equal("TRAILING_FIELDS", Assert.Single(file.Warnings).Code);
    }

    [Fact]
    public void Read_EmptyParameter_RecordRejected()
    {
        var file = Read(Line("  ", "41.07") + Line("TSS", "18.4"));
        Assert.Equal("TSS", Assert.Single(file.Records).Parameter);
        Assert.Equal("EMPTY_PARAMETER", Assert.Single(file.Warnings).Code);
    }

    [Fact]
    public void Read_LineTimestampDiffersFromName_LineWinsWithFlag()
    {
        var file = Read(Line("COD", "41.07", ts: "20250614083000"));
        var record = Assert.Single(file.Records);
        Assert.Equal(new DateTimeOffset(2025, 6, 14, 8, 30, 0, TimeSpan.FromHours(7)), record.ObservedAt);
        Assert.Equal(ObservationFlags.TimestampMismatch, record.Flags);
        Assert.Equal("TS_MISMATCH", Assert.Single(file.Warnings).Code);
    }

    [Fact]
    public void Read_DuplicateParameterTolerant_LaterWins()
    {
        var file = Read(Line("COD", "41.07") + Line("TSS", "18.4") + Line("COD", "42.00"));

        Assert.Equal(["TSS", "COD"], file.Records.Select(r => r.Parameter));
        var cod = file.Records[1];
        Assert.Equal((42.00m, 3, ObservationFlags.DuplicateInFile), (cod.Value, cod.Line, cod.Flags));
        var warning = Assert.Single(file.Warnings);
        Assert.Equal((3, "DUPLICATE_IN_FILE"), (warning.Line, warning.Code));
        Assert.Contains("line 1", warning.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateParameterStrict_BothRejected()
    {
        var file = Read(Line("COD", "41.07") + Line("TSS", "18.4") + Line("cod", "42.00"), StationFileReadOptions.StrictMode);

        Assert.Equal("TSS", Assert.Single(file.Records).Parameter);
        Assert.Equal("DUPLICATE_IN_FILE", Assert.Single(file.Warnings).Code);
    }

    [Fact]
    public void Read_OnlyDuplicatesStrict_NoValidRecordMentionsDuplicates()
    {
        var file = Read(Line("COD", "41.07") + Line("COD", "42.00"), StationFileReadOptions.StrictMode);
        Assert.Equal("NO_VALID_RECORD", file.Error!.Code);
        Assert.Contains("2 record(s) were duplicates", file.Error.English, StringComparison.Ordinal);
    }
}
