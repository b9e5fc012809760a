namespace QuanTrac.TestKit;

/// <summary>Where the repository and the shared test data are, wherever the tests run from.</summary>
public static class RepoPaths
{
    /// <summary>The repository root (the folder holding QuanTrac.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The <c>shared/</c> folder beside the repository (spec and real station files).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Real station files of Circular 10/2021 (regression inputs; never shipped).</summary>
    public static string RealStationFiles => Path.Combine(Shared, "testdata", "tt10-real");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "QuanTrac.slnx")))
                return dir.FullName;
        throw new InvalidOperationException("QuanTrac.slnx not found above " + AppContext.BaseDirectory);
    }
}
