namespace QuanTrac.Ingest.Simulation;

/// <summary>
/// How one parameter of one simulated station behaves. A value is built from a diurnal profile, AR(1) noise and
/// the station's episode factor:
/// multiplicative models (concentrations, flows) give <c>Level × Profile(h) × exp(noise) × episode^EpisodeWeight</c>,
/// because such quantities are skewed and never negative; additive models (temperature, pH, DO …) give
/// <c>Level + Profile(h) + noise</c>. The result is clamped to the catalogue's plausible range.
/// </summary>
/// <param name="Multiplicative">True for the multiplicative form.</param>
/// <param name="Level">Typical level in the unit the logger writes.</param>
/// <param name="Profile">Local hour of day (fractional) → factor (multiplicative) or offset (additive).</param>
/// <param name="NoiseSd">Stationary standard deviation of the AR(1) noise (log scale when multiplicative).</param>
/// <param name="Phi">AR(1) coefficient per interval; close to 1 for slow quantities.</param>
/// <param name="EpisodeWeight">How strongly a pollution episode or treatment upset raises this parameter (0 = not at all).</param>
/// <param name="Decimals">Decimals the logger writes.</param>
/// <param name="IsAnalyser">True when an analyser measures it: it is calibrated and it can spike.</param>
/// <param name="ZeroValue">Reading during the zero check of a calibration.</param>
/// <param name="SpanValue">Reading during the span check of a calibration.</param>
/// <param name="Circular">True for a direction in degrees: wrapped into [0, 360) instead of clamped.</param>
sealed record ValueModel(
    bool Multiplicative,
    double Level,
    Func<double, double> Profile,
    double NoiseSd,
    double Phi,
    double EpisodeWeight,
    int Decimals,
    bool IsAnalyser,
    double ZeroValue,
    double SpanValue,
    bool Circular = false)
{
    /// <summary>The value at a local hour for AR(1) state <paramref name="noise"/> and an episode factor ≥ 1.</summary>
    public double Value(double hour, double noise, double episode)
    {
        if (Multiplicative)
            return Level * Profile(hour) * Math.Exp(noise) * Math.Pow(episode, EpisodeWeight);
        var v = Level + Profile(hour) + noise;
        return Circular ? ((v % 360) + 360) % 360 : v;
    }
}
