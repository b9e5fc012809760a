using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Stations;

namespace QuanTrac.Domain.Observations;

/// <summary>
/// Step 3 of the data flow: turns the raw records of one station into canonical observations, using the
/// station's mappings and the parameter catalogue. Pure; build one per station and reuse it.
/// </summary>
public sealed class StationMapper
{
    /// <summary>A record more than this far ahead of its arrival comes from a clock that runs fast.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(10);

    readonly Station _station;
    readonly ParameterCatalogue _catalogue;
    readonly TimeSpan _lateAfter;
    readonly Dictionary<string, (ParameterMapping Mapping, ParameterDefinition? Definition)> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the mapper of a station.</summary>
    /// <param name="station">The station whose files are mapped.</param>
    /// <param name="catalogue">Canonical parameters.</param>
    /// <param name="clockSkewGrace">Grace added to the legal 5 minutes before a record counts as late (default 60 s).</param>
    public StationMapper(Station station, ParameterCatalogue catalogue, TimeSpan? clockSkewGrace = null)
    {
        _station = station;
        _catalogue = catalogue;
        _lateAfter = TimeSpan.FromMinutes(5) + (clockSkewGrace ?? TimeSpan.FromSeconds(60));
        foreach (var m in station.Mappings)
            _byName.TryAdd(ParameterCatalogue.NormaliseName(m.RawName), (m, catalogue.Find(m.ParameterCode, station.Type)));
    }

    /// <summary>The station this mapper serves.</summary>
    public Station Station => _station;

    /// <summary>Maps one record received at <paramref name="receivedAt"/> (server clock).</summary>
    public Observation Map(StationRecord record, DateTimeOffset receivedAt)
    {
        var flags = record.Flags;
        if (receivedAt - record.ObservedAt > _lateAfter)
            flags |= ObservationFlags.Late;
        if (record.ObservedAt - receivedAt > FutureTolerance)
            flags |= ObservationFlags.FutureTime;

        if (!_byName.TryGetValue(record.Parameter, out var target))
        {
            var unit = Units.Canonicalise(record.Unit) ?? record.Unit;
            return Make(record, record.Parameter, record.Value, unit, flags | ObservationFlags.Unmapped);
        }

        var (mapping, definition) = target;
        if (definition is null)
            return Make(record, mapping.ParameterCode, Scale(record.Value, mapping.Factor), record.Unit, flags | ObservationFlags.UnitUnknown);

        if (record.Unit.Length == 0)
        {
            if (!definition.IsDimensionless)
                flags |= ObservationFlags.UnitMissing;
            return Make(record, definition.Code, Scale(record.Value, mapping.Factor), definition.Unit, flags);
        }

        var canonical = Units.Canonicalise(record.Unit);
        var factor = canonical is null ? null : Units.Factor(canonical, definition.Unit);
        if (factor is null)
            return Make(record, definition.Code, record.Value, canonical ?? record.Unit, flags | ObservationFlags.UnitUnknown);
        return Make(record, definition.Code, Scale(record.Value, factor.Value * mapping.Factor), definition.Unit, flags);
    }

    // A factor of exactly 1 (however written, e.g. "1.0") leaves the value as received: 19.86 must not become 19.860.
    static decimal? Scale(decimal? value, decimal factor) => factor == 1m ? value : value * factor;

    Observation Make(StationRecord r, string code, decimal? value, string unit, ObservationFlags flags) =>
        new(_station.Prefix, code, r.Parameter, r.ObservedAt, r.RawValue, value, r.Unit, unit, r.Status, flags);

    /// <summary>The catalogue this mapper uses.</summary>
    public ParameterCatalogue Catalogue => _catalogue;
}
