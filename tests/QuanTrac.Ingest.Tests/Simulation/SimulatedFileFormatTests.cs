using System.Globalization;
using System.Text.RegularExpressions;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Stations;
using QuanTrac.Domain.Time;
using QuanTrac.Ingest.Simulation;

namespace QuanTrac.Ingest.Tests.Simulation;

public partial class SimulatedFileFormatTests
{
    static readonly SimulationOptions Options = new() { StationsPerType = 2, Days = 3, Seed = 3 };
    static readonly List<SimulatedFile> Files = [.. StationSimulator.Generate(Options)];
    static readonly Dictionary<string, Station> Stations = SimulatedStations.Build(Options).ToDictionary(s => s.Prefix);

    [GeneratedRegex(@"^(?<prefix>.+)_(?<ts>\d{14})\.txt$")]
    private static partial Regex FileNamePattern();

    [Fact]
    public void Generate_Defaults_NamesCarryPrefixAndTimestampOfTheLines()
    {
        Assert.All(Files, f =>
        {
            var match = FileNamePattern().Match(f.FileName);
            Assert.True(match.Success, f.FileName);
            Assert.Equal(f.StationPrefix, match.Groups["prefix"].Value);
            Assert.True(VietnamTime.TryParseFileTimestamp(match.Groups["ts"].Value, out var ts));
            Assert.Equal(f.ObservedAt, ts);
            Assert.EndsWith("/" + f.FileName, "/" + f.RelativePath, StringComparison.Ordinal);
            Assert.All(SimFiles.Lines(f), fields => Assert.Equal(match.Groups["ts"].Value, fields[3]));
        });
    }

    [Fact]
    public void Generate_Defaults_EveryLineHasFiveFieldsAndAKnownStatus()
    {
        Assert.All(Files, f => Assert.All(SimFiles.Lines(f), fields =>
        {
            Assert.Equal(5, fields.Length);
            Assert.Contains(fields[4], new[] { "00", "01", "02" });
        }));
    }

    [Fact]
    public void Generate_Defaults_UsesCrlfForMostStationsAndLfForSome()
    {
        var crlf = Files.Where(f => f.Bytes.AsSpan().IndexOf("\r\n"u8) >= 0).Select(f => f.StationPrefix).ToHashSet();
        var lf = Files.Where(f => f.Bytes.AsSpan().IndexOf((byte)'\r') < 0).Select(f => f.StationPrefix).ToHashSet();
        Assert.NotEmpty(lf);
        Assert.True(crlf.Count > lf.Count);
        Assert.Empty(crlf.Intersect(lf));
    }

    [Fact]
    public void Generate_Defaults_EveryRawNameIsMappedByItsStation()
    {
        Assert.All(Files, f =>
        {
            var station = Stations[f.StationPrefix];
            Assert.All(SimFiles.Lines(f), fields => Assert.Contains(station.Mappings,
                m => string.Equals(m.RawName, fields[0], StringComparison.Ordinal)));
        });
    }

    [Fact]
    public void Generate_Defaults_ContainsCalibrationAndDeviceErrorStatuses()
    {
        var statuses = Files.SelectMany(SimFiles.Lines).GroupBy(l => l[4]).ToDictionary(g => g.Key, g => g.ToList());
        Assert.True(statuses.ContainsKey("01"));
        Assert.True(statuses.ContainsKey("02"));
        // A device in error writes no value: empty or "---".
        Assert.All(statuses["02"], l => Assert.Contains(l[1], new[] { "", "---" }));
        Assert.Contains(statuses["02"], l => l[1] == "");
        Assert.Contains(statuses["02"], l => l[1] == "---");
        Assert.True(statuses["00"].Count > 50 * (statuses["01"].Count + statuses["02"].Count));
    }

    [Fact]
    public void Generate_Defaults_ValuesArePlausibleForTheMappedParameter()
    {
        Assert.All(Files, f =>
        {
            var station = Stations[f.StationPrefix];
            foreach (var fields in SimFiles.Lines(f).Where(l => l[1] is not "" and not "---"))
            {
                var code = station.Mappings.Single(m => m.RawName == fields[0]).ParameterCode;
                var definition = ParameterCatalogue.Default.Find(code, station.Type);
                Assert.NotNull(definition);
                var value = decimal.Parse(fields[1], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                Assert.InRange(value, definition.PlausibleMin, definition.PlausibleMax);
                Assert.Equal(Units.Canonicalise(fields[2]), definition.Unit);
            }
        });
    }

    [Fact]
    public void Generate_Defaults_ValuesHaveAtMostFourDecimals()
    {
        var values = Files.SelectMany(SimFiles.Lines).Select(l => l[1]).Where(v => v.Contains('.', StringComparison.Ordinal));
        Assert.All(values, v => Assert.InRange(v.Length - v.IndexOf('.', StringComparison.Ordinal) - 1, 1, 4));
    }
}
