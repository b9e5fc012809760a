using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuanTrac.Ingest.StationFiles;

namespace QuanTrac.Ingest.Tests.StationFiles;

public partial class StationFileNameTests
{
    static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    [Fact]
    public void TryParse_StandardName_ThreePartsAndLocalTime()
    {
        Assert.True(StationFileName.TryParse("QN_DEMO_NUO002_20250614083500.txt", null, out var name, out var problem));
        Assert.Null(problem);
        Assert.Equal(new StationFileName("QN_DEMO_NUO002_20250614083500.txt", "QN_DEMO_NUO002", "QN", "DEMO", "NUO002",
            new DateTimeOffset(2025, 6, 14, 8, 35, 0, Vn), false), name);
    }

    [Theory]
    [InlineData("/ftp/NUO002/2025/06/14/QN_DEMO_NUO002_20250614083500.TXT")]
    [InlineData(@"C:\logger\out\QN_DEMO_NUO002_20250614083500.Txt")]
    public void TryParse_PathAndUpperCaseExtension_UsesFileNamePart(string path)
    {
        Assert.True(StationFileName.TryParse(path, null, out var name, out _));
        Assert.Equal("QN_DEMO_NUO002", name!.Prefix);
        Assert.StartsWith("QN_DEMO_NUO002_", name.FileName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TRAM-XY-001_20250614083500.txt", "TRAM-XY-001")]
    [InlineData("QN_DEMO_20250614083500.txt", "QN_DEMO")]
    [InlineData("HCM_A_B_C_20250614083500.txt", "HCM_A_B_C")]
    [InlineData("Nhà máy_20250614083500.txt", "Nhà máy")]
    public void TryParse_OtherPrefixes_WholePrefixKeptAndNoThreePartSplit(string file, string prefix)
    {
        Assert.True(StationFileName.TryParse(file, null, out var name, out _));
        Assert.Equal(prefix, name!.Prefix);
        Assert.Null(name.Province);
        Assert.Null(name.Facility);
        Assert.Null(name.Station);
    }

    [Fact]
    public void TryParse_PrefixWithHyphenatedStation_SplitsThreeParts()
    {
        Assert.True(StationFileName.TryParse("HCM_CTY1_TRAM-XY-001_20250614083500.txt", null, out var name, out _));
        Assert.Equal(("HCM", "CTY1", "TRAM-XY-001"), (name!.Province, name.Facility, name.Station));
    }

    [Theory]
    [InlineData("QN_DEMO_NUO002_20250231083500.txt", "BAD_FILE_TIMESTAMP")]
    [InlineData("QN_DEMO_NUO002_20250614086000.txt", "BAD_FILE_TIMESTAMP")]
    [InlineData("QN_DEMO_NUO002.txt", "BAD_FILE_NAME")]
    [InlineData("_20250614083500.txt", "BAD_FILE_NAME")]
    [InlineData("QN_DEMO_NUO002_٢٠٢٥٠٦١٤٠٨٣٥٠٠.txt", "BAD_FILE_NAME")]
    [InlineData("QN_DEMO_NUO002_20250614083500.txt.part", "BAD_FILE_NAME")]
    [InlineData("NhaMayDemo20250614083500.txt", "LEGACY_NAME_NOT_ALLOWED")]
    public void TryParse_InvalidName_ProblemWithCode(string file, string code)
    {
        Assert.False(StationFileName.TryParse(file, null, out var name, out var problem));
        Assert.Null(name);
        Assert.Equal(code, problem!.Code);
        Assert.NotEmpty(problem.Vietnamese);
    }

    [Fact]
    public void TryParse_LegacyNameRegisteredInOtherCase_IsLegacyWithTheRegisteredSpelling()
    {
        Assert.True(StationFileName.TryParse("NhaMayDemo20250614083500.txt", ["nhamaydemo"], out var name, out _));
        Assert.Equal(("nhamaydemo", true), (name!.Prefix, name.IsLegacy));
        Assert.Equal(new DateTimeOffset(2025, 6, 14, 8, 35, 0, Vn), name.Timestamp);
    }

    [Fact]
    public void TryParse_LegacyNameWithImpossibleDate_BadFileTimestamp()
    {
        Assert.False(StationFileName.TryParse("NhaMayDemo20250230083500.txt", ["NhaMayDemo"], out _, out var problem));
        Assert.Equal("BAD_FILE_TIMESTAMP", problem!.Code);
    }

    [Fact]
    public void TryParse_VeryLongName_RejectedWithoutThrowing()
    {
        Assert.False(StationFileName.TryParse(new string('_', 100_000) + "20250614083500.txt", null, out _, out var problem));
        Assert.Equal("BAD_FILE_NAME", problem!.Code);
    }

    // The definition of the standard form (station-data-format.md §4.2), as the parser's regexes read before they were
    // written out by hand for speed; the hand-written matcher must agree with them on every name.
    [GeneratedRegex(@"^(?<prefix>.+)_(?<ts>[0-9]{14})\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StandardDefinition();

    [GeneratedRegex(@"^(?<province>[A-Za-z]{2,3})_(?<facility>[A-Za-z0-9]+)_(?<station>[A-Za-z0-9-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ThreePartDefinition();

    // Characters that matter to the form (separators, digits, case, line breaks) and look-alikes that must not count:
    // Unicode digits and letters, the Kelvin sign and the long s (case-equivalent to K and s in .NET regexes).
    static readonly char[] NameChars = "_.-0123456789txtTXTQNqnAZaz\n\r \u0663\u0130\u212A\u017Fđệ".ToCharArray();

    static Gen<string> NameLike() => Gen.OneOf(
        Gen.ArrayOf(Gen.Elements(NameChars)).Select(cs => new string(cs)),
        // Mostly well-formed names with one part disturbed, which reach the deeper checks.
        from province in Gen.ArrayOf(Gen.Elements(NameChars)).Select(cs => new string(cs))
        from facility in Gen.Elements("DEMO", "", "D-1", "Đ", "X_Y")
        from station in Gen.Elements("NUO002", "", "NUO-2", "N\n", "N_2")
        from digits in Gen.Choose(0, 99_999_999).Select(n => "202506" + n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture))
        from extension in Gen.Elements(".txt", ".TXT", ".tXt", ".txt\n", ".txt\n\n", ".csv", "txt", ".t\u0130t")
        select $"{province}_{facility}_{station}_{digits}{extension}");

    [Property(MaxTest = 2000)]
    public Property TryParse_AnyName_AgreesWithTheRegexDefinition() =>
        Prop.ForAll(NameLike().ToArbitrary(), file =>
        {
            var parsed = StationFileName.TryParse(file, null, out var name, out var problem);
            var standard = StandardDefinition().Match(file);
            if (!standard.Success)
                return !parsed || name!.IsLegacy; // the legacy form is not allowed here, so: rejected
            if (!parsed)
                return problem!.Code == "BAD_FILE_TIMESTAMP"; // well-formed, but not a real instant
            var prefix = standard.Groups["prefix"].Value;
            var parts = ThreePartDefinition().Match(prefix);
            return name!.Prefix == prefix
                && name.Province == (parts.Success ? parts.Groups["province"].Value : null)
                && name.Facility == (parts.Success ? parts.Groups["facility"].Value : null)
                && name.Station == (parts.Success ? parts.Groups["station"].Value : null);
        });
}
