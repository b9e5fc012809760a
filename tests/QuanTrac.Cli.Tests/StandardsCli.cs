using System.Text.Json;

namespace QuanTrac.Cli.Tests;

/// <summary>Helpers of the standards command tests (<c>aqi</c>, <c>wqi</c>, <c>limits check</c>).</summary>
public static class StandardsCli
{
    /// <summary>Writes <paramref name="csv"/> to a temporary file and runs <c>quantrac ARGS --input FILE</c>.</summary>
    public static async Task<QuantracResult> RunWithInputAsync(string csv, params string[] args)
    {
        using var dir = new TempDir();
        var path = dir["input.csv"];
        await File.WriteAllTextAsync(path, csv);
        return await QuantracProcess.RunAsync([.. args, "--input", path]);
    }

    /// <summary>Standard output of a run that must have exited 0, as a detached JSON element.</summary>
    public static JsonElement Output(QuantracResult result)
    {
        result.ShouldExit(0);
        using var json = result.Json();
        return json.RootElement.Clone();
    }

    /// <summary>The property names of a JSON object, in output order.</summary>
    public static string[] Keys(JsonElement obj) => [.. obj.EnumerateObject().Select(p => p.Name)];

    /// <summary>
    /// Asserts a rejected input: exit code 2, nothing on standard output, and a message on standard error naming the
    /// row and the column in Vietnamese and English.
    /// </summary>
    public static void AssertRejected(QuantracResult result, int row, string column)
    {
        result.ShouldExit(2);
        Assert.True(result.Stdout.Length == 0, result.Describe());
        Assert.Contains(FormattableString.Invariant($"Dòng {row}, cột '{column}'"), result.Stderr, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"Row {row}, column '{column}'"), result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// Asserts a rejected option: exit code 2, nothing on standard output, and on standard error the offending text
    /// with a Vietnamese and an English fragment of the explanation.
    /// </summary>
    public static void AssertRejectedOption(QuantracResult result, string offending, string vietnamese, string english)
    {
        result.ShouldExit(2);
        Assert.True(result.Stdout.Length == 0, result.Describe());
        Assert.Contains(offending, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(vietnamese, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(english, result.Stderr, StringComparison.Ordinal);
    }
}
