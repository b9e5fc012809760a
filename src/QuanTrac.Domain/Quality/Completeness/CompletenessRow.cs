namespace QuanTrac.Domain.Quality.Completeness;

/// <summary>
/// Completeness and timeliness of one station parameter over one period (quality-control.md §3.2).
/// </summary>
/// <param name="Station">Station prefix.</param>
/// <param name="Parameter">Canonical parameter code.</param>
/// <param name="Date">The day (Vietnam time); for a month row the first requested day of that month.</param>
/// <param name="Expected">Records the period should hold: its length ÷ the station's interval (288 a day at 5 minutes).</param>
/// <param name="Received">Distinct records received (current versions), ≥ 0; may exceed <paramref name="Expected"/> when a station sends more often than registered.</param>
/// <param name="Valid">Received records that are valid, 0 … <paramref name="Received"/>.</param>
/// <param name="OnTime">Received records that arrived within the on-time delay, 0 … <paramref name="Received"/>.</param>
public sealed record CompletenessRow(string Station, string Parameter, DateOnly Date, int Expected, int Received, int Valid, int OnTime)
{
    /// <summary>Transmission rate ("tỷ lệ truyền dữ liệu"): received ÷ expected in percent, capped at 100.</summary>
    public decimal CompletenessPercent => Percent(Received, Expected);

    /// <summary>Valid data rate: valid ÷ expected in percent, capped at 100.</summary>
    public decimal ValidPercent => Percent(Valid, Expected);

    /// <summary>On-time rate: on time ÷ received in percent (0 when nothing was received).</summary>
    public decimal OnTimePercent => Percent(OnTime, Received);

    static decimal Percent(int part, int whole) =>
        whole <= 0 ? 0m : Math.Round(Math.Min(100m, part * 100m / whole), 2, MidpointRounding.AwayFromZero);
}

/// <summary>Uptime of one station over one period: intervals in which at least one parameter was measuring.</summary>
/// <param name="Station">Station prefix.</param>
/// <param name="Date">The day (Vietnam time); for a month row the first requested day of that month.</param>
/// <param name="Expected">Intervals in the period.</param>
/// <param name="Up">Intervals with at least one record of status 00 (measuring), 0 … <paramref name="Expected"/>.</param>
public sealed record UptimeRow(string Station, DateOnly Date, int Expected, int Up)
{
    /// <summary>Up ÷ expected in percent, capped at 100.</summary>
    public decimal UptimePercent => Expected <= 0 ? 0m : Math.Round(Math.Min(100m, Up * 100m / Expected), 2, MidpointRounding.AwayFromZero);
}
