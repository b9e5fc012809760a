using System.Globalization;
using System.Text;
using QuanTrac.Domain.Quality.Settings;

namespace QuanTrac.Domain.Quality;

/// <summary>
/// The canonical text of settings (<c>key=value;…</c>, culture-invariant, fixed key order): what versions are
/// hashed from and what a flag quotes as "parameters used". Changing this text changes every version, so keys
/// are only ever appended.
/// </summary>
static class QcCanonical
{
    public static string Describe(QcParameterSettings s)
    {
        var b = new StringBuilder();
        b.Append("device-status(").Append(DeviceStatus(s.DeviceStatus)).Append(')')
            .Append("range(").Append(Range(s.Range.Enabled, s.Range.Min?.ToString(CultureInfo.InvariantCulture) ?? "catalogue",
                s.Range.Max?.ToString(CultureInfo.InvariantCulture) ?? "catalogue", s.Range.Severity)).Append(')')
            .Append("negative(").Append(Negative(s.Negative.Enabled?.ToString() ?? "parameter", s.Negative.Severity)).Append(')')
            .Append("zero(").Append(Zero(s.Zero)).Append(')')
            .Append("stuck(").Append(Stuck(s.Stuck.Enabled?.ToString() ?? "parameter", s.Stuck)).Append(')')
            .Append("spike(").Append(Spike(s.Spike, s.Spike.Resolution?.ToString(CultureInfo.InvariantCulture) ?? "decimals")).Append(')')
            .Append("time(").Append(Time(s.Time)).Append(')')
            .Append("calibration-window(").Append(CalibrationWindow(s.CalibrationWindow)).Append(')')
            .Append("reference-check(").Append(ReferenceCheck(s.ReferenceCheck)).Append(')');
        return b.ToString();
    }

    public static string Severity(QcSeverity s) => s switch
    {
        QcSeverity.Info => "info",
        QcSeverity.Suspect => "suspect",
        _ => "invalid",
    };

    static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    public static string DeviceStatus(DeviceStatusRuleSettings s) => Inv($"enabled={s.Enabled};severity={Severity(s.Severity)}");

    public static string Range(bool enabled, string min, string max, QcSeverity severity) =>
        Inv($"enabled={enabled};min={min};max={max};severity={Severity(severity)}");

    public static string Negative(string enabled, QcSeverity severity) => Inv($"enabled={enabled};severity={Severity(severity)}");

    public static string Zero(ZeroRuleSettings s) => Inv($"enabled={s.Enabled};severity={Severity(s.Severity)}");

    public static string Stuck(string enabled, StuckRuleSettings s) =>
        Inv($"enabled={enabled};n={s.RunLength};whole-run={s.FlagWholeRun};severity={Severity(s.Severity)}");

    public static string Spike(SpikeRuleSettings s, string resolution) =>
        Inv($"enabled={s.Enabled};window={s.Window};k={s.K:R};min-scale-fraction={s.MinScaleFraction:R};resolution={resolution};severity={Severity(s.Severity)}");

    public static string Time(TimeRuleSettings s) =>
        Inv($"enabled={s.Enabled};future-tolerance-s={s.FutureTolerance.TotalSeconds:R};late-after-s={s.LateAfter.TotalSeconds:R};future-severity={Severity(s.FutureSeverity)};info-severity={Severity(s.InfoSeverity)}");

    public static string CalibrationWindow(CalibrationWindowRuleSettings s) =>
        Inv($"enabled={s.Enabled};before-s={s.Before.TotalSeconds:R};after-s={s.After.TotalSeconds:R};severity={Severity(s.Severity)}");

    public static string ReferenceCheck(ReferenceCheckRuleSettings s) => Inv($"enabled={s.Enabled};severity={Severity(s.Severity)}");
}
