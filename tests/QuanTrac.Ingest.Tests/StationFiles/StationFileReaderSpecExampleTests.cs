using System.Security.Cryptography;
using System.Text;
using QuanTrac.Domain.Observations;
using QuanTrac.Ingest.StationFiles;

namespace QuanTrac.Ingest.Tests.StationFiles;

/// <summary>station-data-format.md §13, byte for byte.</summary>
public class StationFileReaderSpecExampleTests
{
    static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    [Theory]
    [InlineData(SpecExamples.Wastewater131, 237, SpecExamples.Wastewater131Sha)]
    [InlineData(SpecExamples.Stack132, 289, SpecExamples.Stack132Sha)]
    [InlineData(SpecExamples.Air133, 288, SpecExamples.Air133Sha)]
    [InlineData(SpecExamples.MultiRecord134, 58, null)]
    public void Literal_CopiedFromSpec_HasQuotedSizeAndHash(string text, int size, string? sha)
    {
        var bytes = SpecExamples.Bytes(text);
        Assert.Equal(size, bytes.Length);
        if (sha is not null)
            Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public void Read_Example131Wastewater_SevenRecordsWithEmptyPhUnitAndStatus01()
    {
        var file = StationFileReader.Read(SpecExamples.Wastewater131Name, SpecExamples.Bytes(SpecExamples.Wastewater131));

        Assert.False(file.IsRejected);
        Assert.Empty(file.Warnings);
        Assert.Equal("QN_DEMO_NUO002", file.Name!.Prefix);
        Assert.Equal(("QN", "DEMO", "NUO002"), (file.Name.Province, file.Name.Facility, file.Name.Station));
        var at = new DateTimeOffset(2025, 6, 14, 8, 35, 0, Vn);
        Assert.Equal(new DateTimeOffset(2025, 6, 14, 1, 35, 0, TimeSpan.Zero), at);
        Assert.Equal(7, file.Records.Count);
        Assert.All(file.Records, r => Assert.Equal(at, r.ObservedAt));
        Assert.Equal(["Flow_In", "Flow_Out", "Temp", "pH", "TSS", "COD", "NH4"], file.Records.Select(r => r.Parameter));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], file.Records.Select(r => r.Line));
        var ph = file.Records[3];
        Assert.Equal(("", 7.12m, ObservationFlags.None), (ph.Unit, ph.Value, ph.Flags));
        var nh4 = file.Records[6];
        Assert.Equal((1.93m, "01", DeviceStatus.Calibrating), (nh4.Value, nh4.Status, nh4.DeviceStatus));
    }

    [Fact]
    public void Read_Example132Stack_EightRecordsVietnameseNamesAndMissingCo()
    {
        var file = StationFileReader.Read(SpecExamples.Stack132Name, SpecExamples.Bytes(SpecExamples.Stack132));

        Assert.False(file.IsRejected);
        Assert.Empty(file.Warnings);
        Assert.Equal(8, file.Records.Count);
        Assert.All(file.Records, r => Assert.Equal(new DateTimeOffset(2025, 6, 14, 8, 40, 0, Vn), r.ObservedAt));
        Assert.Equal("L\u01B0u l\u01B0\u1EE3ng", file.Records[0].Parameter);
        Assert.Equal(["Lưu lượng", "Nhiệt độ", "Áp suất", "Bụi"], new[] { 0, 1, 2, 4 }.Select(i => file.Records[i].Parameter));
        Assert.Equal(118250.6m, file.Records[0].Value);
        var co = file.Records[7];
        Assert.Equal(("CO", (decimal?)null, "", "02", ObservationFlags.MissingValue), (co.Parameter, co.Value, co.RawValue, co.Status, co.Flags));
    }

    [Fact]
    public void Read_Example133Air_PmCommaIsANameAndDashesAreMissing()
    {
        var file = StationFileReader.Read(SpecExamples.Air133Name, SpecExamples.Bytes(SpecExamples.Air133));

        Assert.False(file.IsRejected);
        Assert.Empty(file.Warnings);
        Assert.Equal(8, file.Records.Count);
        Assert.All(file.Records, r => Assert.Equal(new DateTimeOffset(2025, 6, 14, 9, 0, 0, Vn), r.ObservedAt));
        Assert.Equal(("PM2,5", 23.6m), (file.Records[5].Parameter, file.Records[5].Value));
        Assert.Equal("01", file.Records[3].Status);
        Assert.Equal("Độ ẩm", file.Records[6].Parameter);
        var wind = file.Records[7];
        Assert.Equal(("Hướng gió", (decimal?)null, "---", "Degree", "02", ObservationFlags.MissingValue),
            (wind.Parameter, wind.Value, wind.RawValue, wind.Unit, wind.Status, wind.Flags));
    }

    [Fact]
    public void Read_Example134Tolerant_TwoRecordsAndMultiRecordWarning()
    {
        var file = StationFileReader.Read(SpecExamples.MultiRecord134Name, SpecExamples.Bytes(SpecExamples.MultiRecord134));

        Assert.False(file.IsRejected);
        Assert.Equal([("Temp", 28.9m, "oC"), ("pH", 7.05m, "")], file.Records.Select(r => (r.Parameter, r.Value!.Value, r.Unit)));
        Assert.All(file.Records, r => Assert.Equal(1, r.Line));
        var warning = Assert.Single(file.Warnings);
        Assert.Equal((1, "MULTI_RECORD_LINE"), (warning.Line, warning.Code));
    }

    [Fact]
    public void Read_Example134Strict_RejectedWithNoValidRecord()
    {
        var file = StationFileReader.Read(SpecExamples.MultiRecord134Name, SpecExamples.Bytes(SpecExamples.MultiRecord134), StationFileReadOptions.StrictMode);

        Assert.True(file.IsRejected);
        Assert.Equal("NO_VALID_RECORD", file.Error!.Code);
        Assert.Contains("several records", file.Error.English, StringComparison.Ordinal);
        Assert.Contains("nhiều bản ghi", file.Error.Vietnamese, StringComparison.Ordinal);
        Assert.Empty(file.Records);
        Assert.Equal("MULTI_RECORD_LINE", Assert.Single(file.Warnings).Code);
    }

    [Fact]
    public void Read_Example135LegacyNameRegistered_ReadsUnderLegacyName()
    {
        var options = new StationFileReadOptions { LegacyNames = ["NhaMayDemo"] };
        var content = Encoding.UTF8.GetBytes("COD\t41.07\tmg/L\t20250614083500\t00\r\n");

        var file = StationFileReader.Read("NhaMayDemo/2025/Thang06/20250614/NhaMayDemo20250614083500.txt", content, options);

        Assert.False(file.IsRejected);
        Assert.True(file.Name!.IsLegacy);
        Assert.Equal("NhaMayDemo", file.Name.Prefix);
        Assert.Equal(new DateTimeOffset(2025, 6, 14, 8, 35, 0, Vn), file.Name.Timestamp);
        Assert.Single(file.Records);
    }

    [Fact]
    public void Read_Example135LegacyNameNotRegistered_RejectedWithReason()
    {
        var content = Encoding.UTF8.GetBytes("COD\t41.07\tmg/L\t20250614083500\t00\r\n");

        var file = StationFileReader.Read("NhaMayDemo20250614083500.txt", content);

        Assert.Equal("LEGACY_NAME_NOT_ALLOWED", file.Error!.Code);
        Assert.Null(file.Name);
        Assert.Empty(file.Records);
    }
}
