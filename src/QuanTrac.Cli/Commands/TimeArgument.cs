using System.CommandLine.Parsing;
using QuanTrac.Domain.Time;

namespace QuanTrac.Cli.Commands;

/// <summary>Parses a time given on the command line: ISO 8601; without an offset it is Vietnam time.</summary>
static class TimeArgument
{
    public static DateTimeOffset? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (VietnamTime.TryParseIso(text, out var value))
            return value;
        result.AddError($"'{text}' is not a time; use ISO 8601, e.g. 2026-03-25T00:05:00+07:00. / '{text}' không phải thời điểm hợp lệ.");
        return null;
    }
}
