using System.CommandLine;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Cli.Commands;

/// <summary>The options that describe a measurand and how it is scored (<c>pt round create</c>, <c>pt round add-measurand</c>).</summary>
sealed class PtMeasurandOptions
{
    readonly Option<string> _code = PtStoreCommand.Required("--measurand", "Measurand code, e.g. COD / Mã chỉ tiêu");
    readonly Option<string> _matrix = new("--matrix") { DefaultValueFactory = _ => "water", Description = "Sample matrix (default water) / Nền mẫu" };
    readonly Option<string?> _parameter = new("--parameter") { Description = "Parameter (default the measurand code) / Thông số" };
    readonly Option<string> _unit = PtStoreCommand.Required("--unit", "Unit, e.g. mg/L / Đơn vị");
    readonly Option<string> _assigned = new("--assigned") { DefaultValueFactory = _ => "consensus", Description = "consensus (Algorithm A) or reference / Nguồn giá trị ấn định" };
    readonly Option<string?> _referenceValue = new("--reference-value") { Description = "x_pt of a reference value / Giá trị chuẩn" };
    readonly Option<string?> _referenceU = new("--reference-u") { Description = "Standard uncertainty u(x_pt) of the reference value / Độ không đảm bảo chuẩn" };
    readonly Option<string> _sigma = PtStoreCommand.Required("--sigma", "fixed, percent, horwitz or robust / Nguồn σ_pt");
    readonly Option<string?> _sigmaValue = new("--sigma-value") { Description = "σ_pt (fixed) or its percentage of x_pt (percent) / Giá trị σ_pt hoặc %" };
    readonly Option<string?> _delta = new("--allowed-deviation") { Description = "δ_E for the D class (optional) / Sai số cho phép" };
    readonly Option<string?> _fraction = new("--mass-fraction-per-unit") { Description = "Horwitz: one unit as a mass fraction (default from the unit) / Hệ số đổi đơn vị" };

    public PtMeasurandOptions()
    {
        _assigned.AcceptOnlyFromAmong("consensus", "reference");
        _sigma.AcceptOnlyFromAmong("fixed", "percent", "horwitz", "robust");
    }

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { _code, _matrix, _parameter, _unit, _assigned, _referenceValue, _referenceU, _sigma, _sigmaValue, _delta, _fraction })
            command.Options.Add(o);
    }

    /// <summary>The measurand; throws <see cref="PtSetupException"/> for a bad number.</summary>
    public PtMeasurand Read(ParseResult result, string round)
    {
        double? Number(Option<string?> option, PtArguments.Range range)
        {
            var value = PtArguments.Parse(result.GetValue(option), option.Name, range, out var error);
            if (error is null)
                return value;
            var parts = error.Split(" / ", 2); // PtArguments gives "vi / en"
            throw new PtSetupException(new("PT_OPTION", parts[0], parts[^1]));
        }
        var code = result.GetValue(_code)!;
        var method = new PtMethod(
            Enum.Parse<PtAssignedMethod>(result.GetValue(_assigned)!, ignoreCase: true), Number(_referenceValue, PtArguments.Range.Any),
            Number(_referenceU, PtArguments.Range.NonNegative), Enum.Parse<PtSigmaMethod>(result.GetValue(_sigma)!, ignoreCase: true),
            Number(_sigmaValue, PtArguments.Range.Positive), Number(_delta, PtArguments.Range.Positive), Number(_fraction, PtArguments.Range.Positive));
        return new(round, code, result.GetValue(_matrix)!, result.GetValue(_parameter) ?? code, result.GetValue(_unit)!, method);
    }
}
