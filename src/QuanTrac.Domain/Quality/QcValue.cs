using QuanTrac.Domain.Observations;

namespace QuanTrac.Domain.Quality;

/// <summary>
/// The lean view of one <see cref="Observation"/> the engine reads: 32 bytes, no references, so a year of one
/// series is one contiguous array. Times are UTC ticks; a missing or non-numeric value is <see cref="double.NaN"/>.
/// </summary>
/// <param name="ObservedAtTicks">Observation time (end of the interval), UTC ticks.</param>
/// <param name="Value">The canonical value as a double (exact enough for comparisons: equal decimals give equal doubles), NaN when null.</param>
/// <param name="Status">Device status.</param>
/// <param name="Decimals">Decimals the value was written with (the scale of the decimal); tells the series' resolution.</param>
/// <param name="IntakeFlags">Flags raised at intake.</param>
/// <param name="ReceivedAtTicks">Arrival time, UTC ticks; 0 when unknown.</param>
public readonly record struct QcValue(
    long ObservedAtTicks,
    double Value,
    DeviceStatus Status,
    byte Decimals,
    ObservationFlags IntakeFlags,
    long ReceivedAtTicks)
{
    /// <summary>True when the value is a number.</summary>
    public bool HasValue => !double.IsNaN(Value);

    /// <summary>The view of an observation; <paramref name="receivedAt"/> is when its file arrived, when known.</summary>
    public static QcValue From(Observation observation, DateTimeOffset? receivedAt = null)
    {
        var v = observation.Value;
        return new(
            observation.ObservedAt.UtcTicks,
            v is { } d ? (double)d : double.NaN,
            DeviceStatusCodes.FromCode(observation.Status),
            v is { } s ? s.Scale : (byte)0,
            observation.Flags,
            receivedAt?.UtcTicks ?? 0);
    }
}
