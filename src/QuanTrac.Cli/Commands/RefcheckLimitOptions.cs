using System.CommandLine;
using QuanTrac.Domain.Statistics.ReferenceChecks;

namespace QuanTrac.Cli.Commands;

/// <summary><c>--ph-limit</c> and <c>--nh4-percent</c>, shared by <c>refcheck evaluate</c> and <c>refcheck record</c>.</summary>
sealed class RefcheckLimitOptions
{
    readonly Option<string?> ph = new("--ph-limit") { Description = "Allowed |error| of pH, pH units (default 0.2) / Sai số cho phép của pH" };
    readonly Option<string?> nh4 = new("--nh4-percent") { Description = "Allowed |error| of NH4+, % of the certified value (default 5) / Sai số cho phép của NH4+ (%)" };

    /// <summary>Adds both options to <paramref name="command"/> and returns it.</summary>
    public Command AddTo(Command command)
    {
        command.Options.Add(ph);
        command.Options.Add(nh4);
        return command;
    }

    /// <summary>The limits given (defaults for those not given), or null with <paramref name="error"/> set.</summary>
    public ReferenceCheckSettings? Read(ParseResult result, out string? error)
    {
        var phLimit = PtArguments.Parse(result.GetValue(ph), "--ph-limit", PtArguments.Range.NonNegative, out var e1);
        var nh4Percent = PtArguments.Parse(result.GetValue(nh4), "--nh4-percent", PtArguments.Range.NonNegative, out var e2);
        error = e1 ?? e2;
        if (error is not null)
            return null;
        var settings = ReferenceCheckSettings.Default;
        if (phLimit is { } p)
            settings = settings with { PH = new(ReferenceLimitKind.Absolute, p) };
        if (nh4Percent is { } n)
            settings = settings with { NH4 = new(ReferenceLimitKind.PercentOfCertified, n) };
        return settings;
    }
}
