using System.IO.Enumeration;

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

    /// <summary>
    /// Every non-temporary file under the given files and folders (recursively), in ordinal path order. Streamed one
    /// folder at a time, so the first files are read while the rest of a large backlog is still being listed.
    /// Symbolic links to folders and folders that cannot be read are skipped.
    /// </summary>
    public static IEnumerable<string> Enumerate(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in EnumerateFolder(path))
                    yield return f;
            }
            else
                yield return path;
        }
    }

    static readonly EnumerationOptions OneFolder = new() { IgnoreInaccessible = true, AttributesToSkip = 0 };

    static IEnumerable<string> EnumerateFolder(string folder)
    {
        foreach (var (path, _, isFolder) in ListFolder(folder))
        {
            if (!isFolder)
                yield return path;
            else
                foreach (var f in EnumerateFolder(path))
                    yield return f;
        }
    }

    static List<(string Path, string Key, bool IsFolder)> ListFolder(string folder)
    {
        try
        {
            var entries = new FileSystemEnumerable<(string Path, string Key, bool IsFolder)>(folder, (ref entry) =>
                {
                    var isFolder = entry.IsDirectory;
                    var name = entry.FileName.ToString();
                    // A folder sorts as "name/": its files then sit exactly where their full paths sort ('/' follows '.' and '-').
                    return (entry.ToFullPath(), isFolder ? name + "/" : name, isFolder);
                }, OneFolder)
            {
                ShouldIncludePredicate = (ref entry) => entry.IsDirectory
                    ? (entry.Attributes & FileAttributes.ReparsePoint) == 0
                    : !IsTemporary(entry.FileName.ToString()),
            }.ToList();
            entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            return entries;
        }
        catch (DirectoryNotFoundException)
        {
            return []; // moved or removed since its parent was listed
        }
    }
}
