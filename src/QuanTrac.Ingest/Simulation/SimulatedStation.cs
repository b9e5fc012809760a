using System.Globalization;
using QuanTrac.Domain.Stations;

namespace QuanTrac.Ingest.Simulation;

/// <summary>A registry entry plus how its simulated logger writes files.</summary>
/// <param name="Number">Stable number of the station (independent of how many stations are simulated); seeds derive from it.</param>
/// <param name="Station">The registry entry.</param>
/// <param name="Channels">Lines of every file, in the logger's order.</param>
/// <param name="Layout">FTP folder layout.</param>
/// <param name="Newline">CRLF or LF.</param>
/// <param name="FixedDecimals">True when the logger pads values to a fixed number of decimals (<c>29.60</c>), false when it trims (<c>29.6</c>).</param>
sealed record SimulatedStation(
    int Number,
    Station Station,
    IReadOnlyList<ChannelSpec> Channels,
    FolderLayout Layout,
    string Newline,
    bool FixedDecimals)
{
    /// <summary>The path of a file below the FTP root, '/'-separated.</summary>
    public string RelativePath(string fileName, DateTimeOffset observedAt)
    {
        var local = observedAt.ToOffset(TimeSpan.FromHours(7));
        string Date(string format) => local.ToString(format, CultureInfo.InvariantCulture);
        return Layout switch
        {
            FolderLayout.StationDate => $"{Station.Prefix}/{Date("yyyy/MM/dd")}/{fileName}",
            FolderLayout.Date => $"{Date("yyyy/MM/dd")}/{fileName}",
            FolderLayout.Legacy => $"{Station.Prefix}/{Date("yyyy")}/Thang{Date("MM")}/{Date("yyyyMMdd")}/{fileName}",
            _ => fileName,
        };
    }
}
