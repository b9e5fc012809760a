namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

// Shared input checks: the spec rejects empty input and non-finite values everywhere (§1).
static class PtInput
{
    public static double[] Finite(IEnumerable<double> values, string name)
    {
        ArgumentNullException.ThrowIfNull(values);
        var array = values.ToArray();
        if (array.Length == 0)
            throw new ArgumentException($"{name}: at least one value is needed.", name);
        foreach (var v in array)
            if (!double.IsFinite(v))
                throw new ArgumentException($"{name}: NaN and infinite values are not allowed.", name);
        return array;
    }

    public static double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, "The value must be finite.");

    public static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "The value must be finite and > 0.");

    public static double NonNegative(double value, string name) =>
        double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "The value must be finite and ≥ 0.");
}
