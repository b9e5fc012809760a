namespace QuanTrac.Ingest.Simulation;

/// <summary>Shapes of the day (local hour, fractional, 0–24) used by the value models.</summary>
static class DiurnalProfiles
{
    /// <summary>Constant 1: no daily cycle.</summary>
    public static double Flat(double hour) => 1;

    /// <summary>Road traffic: rush hours around 07:30 and 18:30, low at night (NO2, CO, PM).</summary>
    public static double Traffic(double hour) => 0.55 + 0.75 * Bump(hour, 7.5, 1.5) + 0.65 * Bump(hour, 18.5, 2);

    /// <summary>Photochemical ozone: builds up with sunlight and peaks mid-afternoon.</summary>
    public static double Ozone(double hour) => 0.25 + 1.4 * Bump(hour, 14.5, 2.5);

    /// <summary>Daytime mixing and industrial activity: mild daytime maximum (SO2).</summary>
    public static double Daytime(double hour) => 0.8 + 0.35 * Bump(hour, 10, 3);

    /// <summary>Afternoon wind maximum (convective mixing).</summary>
    public static double Wind(double hour) => 0.6 + 0.8 * Bump(hour, 14, 4);

    /// <summary>Two factory shifts 06:00–22:00; the night is a low base load.</summary>
    public static double Shifts(double hour) => 0.35 + 0.65 * Plateau(hour, 6, 22);

    /// <summary>Outflow follows inflow one hour later, through the treatment plant's buffer tank.</summary>
    public static double ShiftsLagged(double hour) => Shifts(hour - 1);

    /// <summary>Boiler/kiln load: high during the shifts, never off.</summary>
    public static double Load(double hour) => 0.65 + 0.35 * Plateau(hour, 6, 22);

    /// <summary>A cosine offset of amplitude <paramref name="amplitude"/> peaking at <paramref name="peakHour"/> (temperature, DO).</summary>
    public static Func<double, double> Cosine(double amplitude, double peakHour) =>
        hour => amplitude * Math.Cos(2 * Math.PI * (hour - peakHour) / 24);

    /// <summary>An offset of <paramref name="amplitude"/> while the factory runs (stack temperature, O2 dips under load).</summary>
    public static Func<double, double> DuringShifts(double amplitude) => hour => amplitude * Plateau(hour, 6, 22);

    /// <summary>Gaussian bump around <paramref name="centre"/>, periodic over the day.</summary>
    static double Bump(double hour, double centre, double width)
    {
        var d = Math.Abs(hour - centre) % 24;
        d = Math.Min(d, 24 - d);
        return Math.Exp(-0.5 * d * d / (width * width));
    }

    /// <summary>Smooth 0→1→0 step between two hours (half-hour ramps).</summary>
    static double Plateau(double hour, double from, double to)
    {
        var h = ((hour % 24) + 24) % 24;
        return Logistic((h - from) / 0.4) * Logistic((to - h) / 0.4);
    }

    static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
