using QuanTrac.Domain.Stations;
using static QuanTrac.Ingest.Simulation.DiurnalProfiles;

namespace QuanTrac.Ingest.Simulation;

/// <summary>
/// Typical levels of Vietnamese stations per parameter, in the unit the simulated logger writes. Levels are
/// varied per station (× 0.7–1.3) so that stations of one type differ; noise and shapes stay the same.
/// </summary>
static class ValueModels
{
    /// <summary>
    /// The models of a station's channels, in order. Outflow is tied to inflow (same plant, ~5 % lost in
    /// treatment) instead of getting its own level, so the two never contradict each other.
    /// </summary>
    public static ValueModel[] CreateAll(IReadOnlyList<ChannelSpec> channels, StationType type, Random traits)
    {
        var models = channels.Select(c => Create(c.Code, type, traits)).ToArray();
        var inflow = -1;
        for (var i = 0; i < channels.Count; i++)
            if (channels[i].Code == "Flow_In")
                inflow = i;
        for (var i = 0; i < channels.Count && inflow >= 0; i++)
            if (channels[i].Code == "Flow_Out")
                models[i] = models[i] with { Level = models[inflow].Level * 0.95 };
        return models;
    }

    /// <summary>The model of <paramref name="code"/> at a station of <paramref name="type"/>; <paramref name="traits"/> draws the station's level.</summary>
    public static ValueModel Create(string code, StationType type, Random traits)
    {
        var model = Template(code, type);
        var scale = 0.7 + 0.6 * traits.NextDouble();
        if (model.Circular)
            return model with { Level = Math.Round(traits.NextDouble() * 360) };
        // Additive quantities (temperature, pH) vary little between stations; concentrations and flows a lot.
        return model.Multiplicative
            ? model with { Level = model.Level * scale, SpanValue = model.SpanValue * scale }
            : model with { Level = model.Level * (1 + (scale - 1) * 0.05) };
    }

    static ValueModel Template(string code, StationType type) => (type, code) switch
    {
        // Ambient air, µg/m³ (CO too, as VN_AQI uses it), °C, %, m/s, degree.
        (StationType.AmbientAir, "SO2") => Gas(12, Daytime, 0.35, 0.6, 2),
        (StationType.AmbientAir, "NO2") => Gas(30, Traffic, 0.3, 1.0, 2),
        (StationType.AmbientAir, "CO") => Gas(900, Traffic, 0.3, 1.0, 1),
        (StationType.AmbientAir, "O3") => Gas(45, Ozone, 0.25, 0.3, 2),
        (StationType.AmbientAir, "PM10") => Gas(55, Traffic, 0.3, 1.3, 1),
        (StationType.AmbientAir, "PM2.5") => Gas(32, Traffic, 0.3, 1.4, 1),
        (StationType.AmbientAir, "Temp") => Meteo(28, Cosine(4, 14.5), 0.6, 1),
        (StationType.AmbientAir, "RH") => Meteo(76, Cosine(-14, 14.5), 3, 1),
        (StationType.AmbientAir, "WindSpeed") => new(true, 2.2, Wind, 0.35, 0.95, 0, 2, false, 0, 0),
        (StationType.AmbientAir, "WindDir") => new(false, 135, Flat0, 40, 0.97, 0, 0, false, 0, 0, Circular: true),

        // Surface water: slow, with a photosynthesis cycle in DO and pH; rain runoff episodes raise TSS/TURB.
        (StationType.SurfaceWater, "Temp") => Meteo(28, Cosine(1.2, 15), 0.2, 2),
        (StationType.SurfaceWater, "pH") => Probe(7.3, Cosine(0.15, 15), 0.05, 2, 4.01, 7.00),
        (StationType.SurfaceWater, "DO") => Probe(6.2, Cosine(1.2, 15), 0.25, 2, 0.05, 8.26),
        (StationType.SurfaceWater, "TSS") => Water(35, 0.2, 1.5, 1),
        (StationType.SurfaceWater, "COD") => Water(14, 0.15, 0.8, 2),
        (StationType.SurfaceWater, "COND") => Water(320, 0.05, 0.3, 1),
        (StationType.SurfaceWater, "TURB") => Water(25, 0.25, 1.6, 2),
        (StationType.SurfaceWater, "NH4") => Water(0.35, 0.3, 1.0, 3),

        // Industrial wastewater after treatment; flows follow the factory shifts, upsets raise the pollutants.
        (StationType.IndustrialWastewater, "Flow_In") => new(true, 120, Shifts, 0.1, 0.9, 0, 2, false, 0, 0),
        (StationType.IndustrialWastewater, "Flow_Out") => new(true, 114, ShiftsLagged, 0.1, 0.9, 0, 2, false, 0, 0),
        (StationType.IndustrialWastewater, "Temp") => Meteo(31, Cosine(1.5, 15), 0.3, 1),
        (StationType.IndustrialWastewater, "pH") => Probe(7.1, Cosine(0.1, 15), 0.08, 2, 4.01, 7.00),
        (StationType.IndustrialWastewater, "TSS") => Water(25, 0.2, 1.5, 1),
        (StationType.IndustrialWastewater, "COD") => Water(45, 0.15, 1.5, 2),
        (StationType.IndustrialWastewater, "NH4") => Water(2.2, 0.25, 1.5, 2),
        (StationType.IndustrialWastewater, "TP") => Water(1.2, 0.2, 1.0, 3),
        (StationType.IndustrialWastewater, "TN") => Water(12, 0.15, 1.0, 2),

        // Stack (CEMS), mg/Nm³, %, kPa, °C: emissions follow the boiler load, O2 falls under load.
        (StationType.StackEmission, "Flow") => new(true, 120_000, Load, 0.05, 0.95, 0, 1, false, 0, 0),
        (StationType.StackEmission, "Temp") => Meteo(128, DuringShifts(12), 2, 1),
        (StationType.StackEmission, "P") => Meteo(101.2, Flat0, 0.15, 2),
        (StationType.StackEmission, "PM") => Stack(15, 0.25, 1.5, 2),
        (StationType.StackEmission, "O2") => Probe(11.5, DuringShifts(-2.5), 0.4, 2, 0.02, 20.9),
        (StationType.StackEmission, "SO2") => Stack(180, 0.15, 1.0, 1),
        (StationType.StackEmission, "NOx") => Stack(240, 0.15, 1.0, 1),
        (StationType.StackEmission, "CO") => Stack(60, 0.4, 1.0, 1),
        _ => throw new ArgumentException($"No value model for {code} at {type}.", nameof(code)),
    };

    static double Flat0(double hour) => 0;

    static ValueModel Gas(double level, Func<double, double> profile, double sd, double episode, int decimals) =>
        new(true, level, profile, sd, 0.97, episode, decimals, true, 0, level * 4);

    static ValueModel Water(double level, double sd, double episode, int decimals) =>
        new(true, level, Flat, sd, 0.99, episode, decimals, true, 0, level * 3);

    static ValueModel Stack(double level, double sd, double episode, int decimals) =>
        new(true, level, Load, sd, 0.95, episode, decimals, true, 0, level * 2);

    static ValueModel Meteo(double level, Func<double, double> profile, double sd, int decimals) =>
        new(false, level, profile, sd, 0.97, 0, decimals, false, 0, 0);

    static ValueModel Probe(double level, Func<double, double> profile, double sd, int decimals, double zero, double span) =>
        new(false, level, profile, sd, 0.98, 0, decimals, true, zero, span);
}
