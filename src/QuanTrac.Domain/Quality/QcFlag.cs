namespace QuanTrac.Domain.Quality;

/// <summary>
/// One flag on one value, as the engine produces it: a plain struct, so flagging allocates nothing per value.
/// Its rule id, rule version, parameters and bilingual reason come from <see cref="QcResult.Explain"/>.
/// </summary>
/// <param name="Index">Position of the value in the evaluated series.</param>
/// <param name="Code">What the flag says.</param>
/// <param name="Severity">Its effect on use, as configured for the rule.</param>
/// <param name="Value">The value flagged (NaN when it had none), kept so the reason can quote it.</param>
/// <param name="Detail">What the rule compared with: the bound (range), the run length (stuck), the rolling
/// median (spike), the delay in minutes (time), the minutes from the calibration (calibration-window); else 0.</param>
public readonly record struct QcFlag(int Index, QcFlagCode Code, QcSeverity Severity, double Value, double Detail)
{
    /// <summary>The rule that raised the flag.</summary>
    public QcRule Rule => QcFlagCodes.Rule(Code);
}
