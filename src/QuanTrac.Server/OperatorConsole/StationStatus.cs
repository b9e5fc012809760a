using QuanTrac.Domain.Stations;
using QuanTrac.Domain.Time;
using QuanTrac.Storage;

namespace QuanTrac.Server.OperatorConsole;

/// <summary>What the status board shows of one station.</summary>
/// <param name="Station">The station.</param>
/// <param name="State">online: a file arrived within three intervals (at least 15 min); error: its latest file was quarantined; silent: nothing recent; never: no file yet.</param>
/// <param name="LastFile">Latest file's registry entry, or null.</param>
/// <param name="FilesToday">Files first received since midnight, Vietnam time.</param>
public sealed record StationStatus(Station Station, string State, FileEntry? LastFile, int FilesToday)
{
    /// <summary>Reads the status of <paramref name="station"/> from the file registry.</summary>
    public static async Task<StationStatus> ReadAsync(IQuanTracStore store, Station station, DateTimeOffset now, CancellationToken ct)
    {
        // A day holds 288 five-minute files; 400 covers it with resends.
        var files = await store.GetFilesAsync(new FileQuery(Station: station.Prefix, Limit: 400), ct);
        var last = files.MaxBy(f => f.LastReceivedAt);
        var local = VietnamTime.ToLocal(now);
        var midnight = new DateTimeOffset(local.Date, VietnamTime.Offset);
        var today = files.Count(f => f.FirstReceivedAt >= midnight);
        var fresh = TimeSpan.FromTicks(Math.Max(station.ExpectedInterval.Ticks * 3, TimeSpan.FromMinutes(15).Ticks));
        var state = last is null ? "never"
            : last.Outcome == FileOutcomeKind.Quarantined ? "error"
            : now - last.LastReceivedAt <= fresh ? "online" : "silent";
        return new StationStatus(station, state, last, today);
    }
}
