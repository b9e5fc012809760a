using QuanTrac.Domain.Statistics.ProficiencyTesting;

namespace QuanTrac.Proficiency.Rounds;

/// <summary>The stored names of score classes and their texts for people.</summary>
public static class PtClass
{
    /// <summary><c>satisfactory</c>, <c>questionable</c> or <c>unsatisfactory</c>; null for null.</summary>
    public static string Name(ScoreClass c) => c switch
    {
        ScoreClass.Satisfactory => "satisfactory",
        ScoreClass.Questionable => "questionable",
        _ => "unsatisfactory",
    };

    /// <inheritdoc cref="Name(ScoreClass)"/>
    public static string? Name(ScoreClass? c) => c is { } v ? Name(v) : null;

    /// <summary>Vietnamese / English label of a stored class name.</summary>
    public static string Label(string? name) => name switch
    {
        "satisfactory" => "Đạt / Satisfactory",
        "questionable" => "Đáng ngờ / Questionable",
        "unsatisfactory" => "Không đạt / Unsatisfactory",
        _ => "—",
    };
}
