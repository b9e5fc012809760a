using QuanTrac.Ingest.Intake;

namespace QuanTrac.Ingest.Tests.Intake;

public class InboxFilesTests
{
    [Fact]
    public void Enumerate_FoldersAndLookalikeNames_EveryNonTemporaryFileInOrdinalPathOrder()
    {
        var root = Directory.CreateTempSubdirectory("qt-inbox-").FullName;
        try
        {
            // Names chosen so that sorting names within each folder would differ from sorting full paths:
            // "a.txt" and "a-b.txt" sort before "a/…" as paths ('.' and '-' precede '/'), "a0.txt" after.
            string[] files = ["a.txt", "a-b.txt", "a0.txt", "a/x.txt", "a/b/c.txt", "a/b.txt", "A.txt", "b/.hidden-folder/y.txt", "z.txt"];
            string[] temporary = [".hidden", "b.tmp", "a/c.PART", "a/d.filepart"];
            foreach (var f in files.Concat(temporary))
            {
                var path = Path.Combine(root, f);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, f);
            }
            Directory.CreateDirectory(Path.Combine(root, "empty"));
            File.CreateSymbolicLink(Path.Combine(root, "file-link.txt"), Path.Combine(root, "z.txt"));
            Directory.CreateSymbolicLink(Path.Combine(root, "folder-link"), Path.Combine(root, "a"));

            var expected = files.Append("file-link.txt").Select(f => Path.Combine(root, f)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, InboxFiles.Enumerate([root]).ToList());
            Assert.Equal([Path.Combine(root, "z.txt"), .. expected], InboxFiles.Enumerate([Path.Combine(root, "z.txt"), root]).ToList());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Enumerate_MissingFolderInTheMiddleOfAWalk_SkipsItWithoutError()
    {
        var root = Directory.CreateTempSubdirectory("qt-inbox-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "a"));
            Directory.CreateDirectory(Path.Combine(root, "b"));
            File.WriteAllText(Path.Combine(root, "b", "x.txt"), "x");
            File.WriteAllText(Path.Combine(root, "a.txt"), "a");
            var seen = new List<string>();
            foreach (var path in InboxFiles.Enumerate([root]))
            {
                seen.Add(path);
                if (path.EndsWith("a.txt", StringComparison.Ordinal))
                    Directory.Delete(Path.Combine(root, "b"), recursive: true); // listed already, gone before it is walked
            }
            Assert.Equal([Path.Combine(root, "a.txt")], seen);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
