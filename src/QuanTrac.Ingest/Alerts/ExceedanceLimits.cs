using QuanTrac.Domain.Alerts;
using QuanTrac.Domain.Stations;

namespace QuanTrac.Ingest.Alerts;

/// <summary>
/// Which limits a station's values are compared with: the explicit assignment of the run's options when there is
/// one, else the default of the station type. One rule shared by the alert evaluation (<see cref="AlertRun"/>) and
/// the public exceedance list (<see cref="ExceedanceList"/>), so both always compare with the same limit.
/// </summary>
public static class ExceedanceLimits
{
    /// <summary>The station's limits, or null when none applies (e.g. surface water).</summary>
    public static StationLimits? For(Station station, AlertRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(station);
        return (options ?? new AlertRunOptions()).Limits.GetValueOrDefault(station.Prefix) ?? StationLimits.DefaultFor(station);
    }
}
