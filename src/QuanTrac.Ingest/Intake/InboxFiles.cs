namespace QuanTrac.Ingest.Intake;

/// <summary>Rules for files found in an inbox or named on the command line.</summary>
public static class InboxFiles
{
    /// <summary>
    /// True for a name an uploader uses while the file is still being written (<c>*.tmp</c>, <c>*.part</c>, a
    /// leading dot); such a file is left alone until it is renamed.
    /// </summary>
    public static bool IsTemporary(string fileName) =>
        fileName.StartsWith('.')
        || fileName.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".filepart", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every non-temporary file under the given files and folders (recursively), in ordinal path order.</summary>
    public static IEnumerable<string> Enumerate(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
                    .Where(f => !IsTemporary(Path.GetFileName(f)))
                    .Order(StringComparer.Ordinal);
                foreach (var f in files)
                    yield return f;
            }
            else
                yield return path;
        }
    }
}
