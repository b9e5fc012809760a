namespace QuanTrac.Domain.Statistics.ReferenceChecks;

/// <summary>Evaluation of one reference-material check (quality-control.md §5.2); values in the parameter's unit.</summary>
/// <param name="Parameter">pH or NH4+.</param>
/// <param name="Certified">Certified value of the reference material.</param>
/// <param name="Readings">The station's readings of the material (default 3 in the programme).</param>
/// <param name="Mean">Mean of the readings (unrounded).</param>
/// <param name="Error">Mean − certified (signed).</param>
/// <param name="Limit">Allowed |error| for this certified value.</param>
/// <param name="Passed">|error| ≤ limit, after the boundary guard (a decimal 0.2 off passes at ±0.2).</param>
public sealed record ReferenceCheckResult(
    ReferenceParameter Parameter, double Certified, IReadOnlyList<double> Readings, double Mean, double Error, double Limit, bool Passed);

/// <summary>Evaluates reference-material checks of automatic stations against configurable limits.</summary>
public static class ReferenceCheck
{
    /// <summary>
    /// Mean of the readings, error = mean − certified, limit from the settings, pass if |error| ≤ limit. Throws
    /// <see cref="ArgumentException"/> for no readings, non-finite values, pH outside 0–14 or negative NH4+.
    /// </summary>
    public static ReferenceCheckResult Evaluate(ReferenceParameter parameter, double certified, IReadOnlyList<double> readings,
        ReferenceCheckSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(readings);
        settings ??= ReferenceCheckSettings.Default;
        if (readings.Count == 0)
            throw new ArgumentException("At least one reading is needed.", nameof(readings));
        foreach (var v in readings.Append(certified))
        {
            if (!double.IsFinite(v))
                throw new ArgumentException("Values must be finite.", nameof(readings));
            if (parameter == ReferenceParameter.PH && v is < 0 or > 14)
                throw new ArgumentException("pH values must lie within 0–14.", nameof(readings));
            if (parameter == ReferenceParameter.NH4 && v < 0)
                throw new ArgumentException("NH4+ values cannot be negative.", nameof(readings));
        }
        var mean = readings.Sum() / readings.Count;
        var error = mean - certified;
        var limit = settings.For(parameter).For(certified);
        var passed = Math.Round(Math.Abs(error), settings.GuardDecimals, MidpointRounding.AwayFromZero)
            <= Math.Round(limit, settings.GuardDecimals, MidpointRounding.AwayFromZero);
        return new(parameter, certified, readings, mean, error, limit, passed);
    }

    /// <summary>
    /// Reads a parameter name as stations and programmes write it: <c>pH</c>; <c>NH4+</c>, <c>NH4</c>, <c>N-NH4</c>,
    /// <c>NH4-N</c>, <c>Amoni</c> (case-insensitive). Null when unknown.
    /// </summary>
    public static ReferenceParameter? ParseParameter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant() switch
        {
            "PH" => ReferenceParameter.PH,
            "NH4+" or "NH4" or "N-NH4" or "NH4-N" or "N_NH4" or "AMONI" => ReferenceParameter.NH4,
            _ => null,
        };
    }

    /// <summary>The display name: <c>pH</c> or <c>NH4+</c>.</summary>
    public static string Name(ReferenceParameter parameter) => parameter == ReferenceParameter.PH ? "pH" : "NH4+";
}
