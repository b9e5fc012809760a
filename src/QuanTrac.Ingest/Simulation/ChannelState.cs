using System.Globalization;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Stations;

namespace QuanTrac.Ingest.Simulation;

/// <summary>The running state of one parameter of one simulated station: its AR(1) noise and any fault in progress.</summary>
sealed class ChannelState
{
    readonly string _format;

    public ChannelState(ChannelSpec spec, StationType type, ValueModel model, bool fixedDecimals)
    {
        Spec = spec;
        Model = model;
        var definition = ParameterCatalogue.Default.Find(spec.Code, type)
            ?? throw new InvalidOperationException($"{spec.Code} is not in the default catalogue for {type}.");
        Min = (double)definition.PlausibleMin;
        Max = (double)definition.PlausibleMax;
        // Loggers either pad ("29.60") or trim ("29.6"); both are seen in real files.
        _format = model.Decimals == 0 ? "0"
            : fixedDecimals ? "F" + model.Decimals.ToString(CultureInfo.InvariantCulture)
            : "0." + new string('#', model.Decimals);
    }

    public ChannelSpec Spec { get; }
    public ValueModel Model { get; }
    public double Min { get; }
    public double Max { get; }

    /// <summary>Current AR(1) noise.</summary>
    public double Noise { get; private set; }

    /// <summary>Intervals of device error still to come after the current one.</summary>
    public int ErrorLeft { get; set; }
    /// <summary>What a failing device writes as value: empty or <c>---</c> (both seen).</summary>
    public string ErrorText { get; set; } = "";

    /// <summary>Intervals for which the sensor keeps repeating <see cref="StuckText"/>.</summary>
    public int StuckLeft { get; set; }
    public string StuckText { get; set; } = "";

    /// <summary>Advances the noise by one interval and returns the true value at <paramref name="hour"/>.</summary>
    public double Next(Random values, double hour, double episode)
    {
        var m = Model;
        Noise = m.Phi * Noise + Math.Sqrt(1 - m.Phi * m.Phi) * m.NoiseSd * values.NextGaussian();
        return Clamp(m.Value(hour, Noise, episode));
    }

    /// <summary>Keeps a value inside the catalogue's plausible range (a real analyser saturates at its range).</summary>
    public double Clamp(double value) => Math.Clamp(value, Min, Max);

    /// <summary>The value as the logger writes it, rounded to its decimals.</summary>
    public string Format(double value) => value.ToString(_format, CultureInfo.InvariantCulture);

    /// <summary>Starts the noise at a random point of its stationary distribution, so the first file is not special.</summary>
    public void Initialise(Random values) => Noise = Model.NoiseSd * values.NextGaussian();
}
