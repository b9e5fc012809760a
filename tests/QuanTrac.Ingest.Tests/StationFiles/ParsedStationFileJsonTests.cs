using System.Text;
using System.Text.Json;
using QuanTrac.Ingest.StationFiles;

namespace QuanTrac.Ingest.Tests.StationFiles;

public class ParsedStationFileJsonTests
{
    static JsonElement WriteAndParse(params ParsedStationFile[] files)
    {
        using var stream = new MemoryStream();
        ParsedStationFileJson.Write(stream, files);
        using var doc = JsonDocument.Parse(stream.ToArray());
        return doc.RootElement.Clone();
    }

    [Fact]
    public void Write_Example131_ContractFieldsAndValues()
    {
        var parsed = StationFileReader.Read(SpecExamples.Wastewater131Name, SpecExamples.Bytes(SpecExamples.Wastewater131));

        var root = WriteAndParse(parsed);

        Assert.Equal(JsonValueKind.Array, root.ValueKind);
        var file = Assert.Single(root.EnumerateArray().ToList());
        Assert.Equal(["file", "prefix", "province", "facility", "station", "timestamp", "records", "warnings", "error", "errorCode", "errorVi"],
            file.EnumerateObject().Select(p => p.Name));
        Assert.Equal("QN_DEMO_NUO002_20250614083500.txt", file.GetProperty("file").GetString());
        Assert.Equal("QN_DEMO_NUO002", file.GetProperty("prefix").GetString());
        Assert.Equal("QN", file.GetProperty("province").GetString());
        Assert.Equal("DEMO", file.GetProperty("facility").GetString());
        Assert.Equal("NUO002", file.GetProperty("station").GetString());
        Assert.Equal("2025-06-14T08:35:00+07:00", file.GetProperty("timestamp").GetString());
        Assert.Equal(JsonValueKind.Null, file.GetProperty("error").ValueKind);
        Assert.Equal(JsonValueKind.Null, file.GetProperty("errorCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, file.GetProperty("errorVi").ValueKind);
        Assert.Empty(file.GetProperty("warnings").EnumerateArray());

        var records = file.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(7, records.Count);
        var ph = records[3];
        Assert.Equal(["line", "parameter", "value", "unit", "observedAt", "status"], ph.EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, ph.GetProperty("line").GetInt32());
        Assert.Equal("pH", ph.GetProperty("parameter").GetString());
        Assert.Equal("7.12", ph.GetProperty("value").GetRawText());
        Assert.Equal("", ph.GetProperty("unit").GetString());
        Assert.Equal("2025-06-14T08:35:00+07:00", ph.GetProperty("observedAt").GetString());
        Assert.Equal("01", records[6].GetProperty("status").GetString());
    }

    [Fact]
    public void Write_ValuesKeepScaleAndNull_VietnameseUnescaped()
    {
        var text = "Radiation\t-1.60\tw/m2\t20250614083500\t00\nNhiệt độ\t---\toC\t20250614083500\t02\nCOD\tN/A\tmg/L\t20250614083500\t00\n";
        var parsed = StationFileReader.Read("QN_DEMO_KHI003_20250614083500.txt", Encoding.UTF8.GetBytes(text));
        using var stream = new MemoryStream();
        ParsedStationFileJson.Write(stream, [parsed]);
        var json = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("\"value\": -1.60,", json, StringComparison.Ordinal);
        Assert.Contains("\"parameter\": \"Nhiệt độ\"", json, StringComparison.Ordinal);
        var records = JsonDocument.Parse(json).RootElement[0].GetProperty("records");
        Assert.Equal(JsonValueKind.Null, records[1].GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, records[2].GetProperty("value").ValueKind);
        var warning = JsonDocument.Parse(json).RootElement[0].GetProperty("warnings")[0];
        Assert.Equal(["line", "code", "message", "messageVi"], warning.EnumerateObject().Select(p => p.Name));
        Assert.Equal("NON_NUMERIC", warning.GetProperty("code").GetString());
        Assert.Contains("không phải là số", warning.GetProperty("messageVi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RejectedFile_ErrorFieldsAndNullName()
    {
        var parsed = StationFileReader.Read("bad-name.txt", SpecExamples.Bytes(SpecExamples.Wastewater131));

        var file = WriteAndParse(parsed)[0];

        Assert.Equal("bad-name.txt", file.GetProperty("file").GetString());
        Assert.Equal(JsonValueKind.Null, file.GetProperty("prefix").ValueKind);
        Assert.Equal(JsonValueKind.Null, file.GetProperty("timestamp").ValueKind);
        Assert.Empty(file.GetProperty("records").EnumerateArray());
        Assert.Equal("BAD_FILE_NAME", file.GetProperty("errorCode").GetString());
        Assert.Equal(parsed.Error!.English, file.GetProperty("error").GetString());
        Assert.Equal(parsed.Error.Vietnamese, file.GetProperty("errorVi").GetString());
    }
}
