namespace QuanTrac.Domain.Review;

/// <summary>
/// The layers a series can be read in (quality-control.md §4). Each is derived from the one below it; nothing
/// below is ever changed by what is above.
/// </summary>
public enum DataLayer
{
    /// <summary>Every value as received (immutable), with its automatic flags and review state shown beside it.</summary>
    Raw,
    /// <summary>
    /// Only values approved at level 2: invalidated values left out, corrected values substituted. What official
    /// reports, compliance decisions and validated aggregates use.
    /// </summary>
    Validated,
    /// <summary>
    /// What the public sees: the validated value where level 2 approved it, elsewhere the value that passed the
    /// automatic checks (no invalid flag, not invalidated by a reviewer), labelled provisional.
    /// </summary>
    Published,
}

/// <summary>Names of the layers on the command line.</summary>
public static class DataLayers
{
    /// <summary>Lower-case name.</summary>
    public static string Name(DataLayer layer) => layer switch
    {
        DataLayer.Validated => "validated",
        DataLayer.Published => "published",
        _ => "raw",
    };

    /// <summary>The layer named <paramref name="name"/>, or null.</summary>
    public static DataLayer? Parse(string name) => name switch
    {
        "raw" => DataLayer.Raw,
        "validated" => DataLayer.Validated,
        "published" => DataLayer.Published,
        _ => null,
    };
}
