using QuanTrac.TestKit;

namespace QuanTrac.Cli.Tests;

/// <summary>The real station files of <see cref="RepoPaths.RealStationFiles"/> and what their README says they hold.</summary>
public static class RealFiles
{
    /// <summary>The envisoft demo folder.</summary>
    public static string Envisoft(string set) => Path.Combine(RepoPaths.RealStationFiles, "envisoft-water-demo", set);

    /// <summary>The single-line data-logger file (two records on one line).</summary>
    public static string Quytttb => Path.Combine(RepoPaths.RealStationFiles, "quytttb-data-logger", "HN_ABCD_NUO001_20260101120000.txt");

    /// <summary>Every station file, in ordinal order.</summary>
    public static string[] All => [.. Directory.GetFiles(RepoPaths.RealStationFiles, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>Records per envisoft file name (the same in normal/ and polluted/).</summary>
    public static readonly IReadOnlyDictionary<string, int> EnvisoftRecords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["HN_BKHN_KHIKXQ_20260325000500.txt"] = 26,
        ["HN_PHCH_NUOPCH_20260203124500.txt"] = 7,
        ["TB_CAPH_NUOSXL_20260325000000.txt"] = 7,
        ["TB_NMAM_KHIAMO_20260325000000.txt"] = 5,
    };
}
