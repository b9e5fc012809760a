using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Proficiency.Rounds;

/// <summary>A request the round cannot carry out (bad set-up, too few results, unknown code), in Vietnamese and English.</summary>
public sealed class PtSetupException(BilingualMessage problem) : Exception(problem.ToString())
{
    /// <summary>What is wrong.</summary>
    public BilingualMessage Problem { get; } = problem;
}
