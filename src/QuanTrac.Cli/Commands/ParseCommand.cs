using System.CommandLine;
using QuanTrac.Ingest.StationFiles;

namespace QuanTrac.Cli.Commands;

/// <summary><c>quantrac parse [--strict] FILE...</c>: a JSON array, one object per file; exit 2 when any file was rejected.</summary>
static class ParseCommand
{
    public static Command Create()
    {
        var strict = new Option<bool>("--strict") { Description = "Strict reading: reject what tolerant mode only warns about / Đọc nghiêm ngặt" };
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Station files / Tệp dữ liệu trạm" };
        var command = new Command("parse", "Read station files and print what they hold as JSON / Đọc tệp dữ liệu trạm") { strict, files };
        command.SetAction(result =>
        {
            var options = result.GetValue(strict) ? StationFileReadOptions.StrictMode : StationFileReadOptions.Tolerant;
            var parsed = result.GetValue(files)!.Select(path => Read(path, options)).ToList();
            using (var stdout = Console.OpenStandardOutput())
                ParsedStationFileJson.Write(stdout, parsed);
            Console.Out.WriteLine();
            return parsed.Any(p => p.IsRejected) ? 2 : 0;
        });
        return command;
    }

    static ParsedStationFile Read(string path, StationFileReadOptions options)
    {
        try
        {
            return StationFileReader.Read(path, File.ReadAllBytes(path), options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ParsedStationFile(path, null, [], [], new Problem("UNREADABLE",
                $"The file could not be read: {e.Message}", $"Không đọc được tệp: {e.Message}"));
        }
    }
}
