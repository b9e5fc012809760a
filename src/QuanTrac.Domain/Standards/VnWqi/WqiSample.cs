namespace QuanTrac.Domain.Standards.VnWqi;

/// <summary>
/// One surface-water sample for VN_WQI: the measured values (a parameter left out was not measured) and the
/// water temperature that DO scoring needs. Automatic stations pass daily means of valid data.
/// </summary>
/// <param name="Values">Measured values, each ≥ 0 in the unit of its <see cref="WqiParameter"/>; pH within 0–14.
/// DO is in mg/L; heptachlor is the sum of heptachlor and heptachlor epoxide.</param>
/// <param name="WaterTemperature">Water temperature in °C at sampling; null when not measured (DO is then skipped).</param>
public sealed record WqiSample(IReadOnlyDictionary<WqiParameter, decimal> Values, decimal? WaterTemperature);

/// <summary>Group values of one sample: null when no parameter of the group was scored.</summary>
/// <param name="I">WQI_I = WQI_pH, 10–100.</param>
/// <param name="II">WQI_II, geometric mean of the pesticide sub-indices, 10–100.</param>
/// <param name="III">WQI_III, geometric mean of the metal sub-indices, 10–100.</param>
/// <param name="IV">WQI_IV, arithmetic mean of the organic and nutrient sub-indices, 10–100.</param>
/// <param name="V">WQI_V, arithmetic mean of the microbiological sub-indices, 10–100.</param>
public sealed record WqiGroupValues(double? I, double? II, double? III, double? IV, double? V);

/// <summary>The VN_WQI of one sample.</summary>
/// <param name="Wqi">The index, an integer 0–100 rounded half away from zero; null when the minimum-data rule is not met.</param>
/// <param name="Unrounded">The index before rounding (after clamping to 0–100); null with <paramref name="Wqi"/>.</param>
/// <param name="Groups">The group values (computed even when the index is not).</param>
/// <param name="SubIndices">Every scored parameter's sub-index, 10–100, unrounded.</param>
/// <param name="Category">The band of <paramref name="Wqi"/>; null when there is no index.</param>
/// <param name="Warnings">What was skipped or assumed, in Vietnamese and English.</param>
public sealed record WqiResult(
    int? Wqi,
    double? Unrounded,
    WqiGroupValues Groups,
    IReadOnlyDictionary<WqiParameter, decimal> SubIndices,
    WqiCategory? Category,
    IReadOnlyList<Tabular.BilingualMessage> Warnings);
