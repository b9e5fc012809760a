using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Standards.Limits.Data;

namespace QuanTrac.Domain.Standards.Limits;

/// <summary>
/// The regulations QuanTrac knows, validated when built (<see cref="LimitTableValidator"/>). Identifiers are
/// compared without spaces, case or the <c>/BTNMT</c> suffix: <c>QCVN 05:2023/BTNMT</c> = <c>qcvn05:2023</c>.
/// </summary>
public sealed class RegulationCatalogue
{
    readonly List<Regulation> _regulations;

    /// <summary>Builds a catalogue; throws <see cref="ArgumentException"/> listing every problem when a table is unsound.</summary>
    public RegulationCatalogue(IEnumerable<Regulation> regulations, ParameterCatalogue parameters)
    {
        _regulations = [.. regulations];
        var problems = _regulations.SelectMany(r => LimitTableValidator.Validate(r, parameters)).ToList();
        if (problems.Count > 0)
            throw new ArgumentException("Invalid limit tables / Bảng giới hạn không hợp lệ:\n" + string.Join('\n', problems), nameof(regulations));
        var ids = _regulations.SelectMany(r => r.Aliases.Append(r.Id)).Select(Normalise).ToList();
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
            throw new ArgumentException("Two regulations share an identifier.", nameof(regulations));
    }

    /// <summary>All regulations.</summary>
    public IReadOnlyList<Regulation> Regulations => _regulations;

    /// <summary>
    /// The regulation named <paramref name="id"/>: an exact version (<c>QCVN05:2023</c>), or a family
    /// (<c>QCVN05</c>) resolved to the newest version in force on <paramref name="date"/>. Null when unknown or
    /// when no version of the family is in force yet.
    /// </summary>
    public Regulation? Find(string id, DateOnly date)
    {
        var key = Normalise(id);
        var exact = _regulations.Find(r => Normalise(r.Id) == key || r.Aliases.Any(a => Normalise(a) == key));
        if (exact is not null)
            return exact;
        return _regulations.Where(r => Normalise(r.Family) == key && r.InForceFrom <= date).MaxBy(r => r.InForceFrom);
    }

    /// <summary>Upper-case, no spaces, no <c>/BTNMT</c> suffix.</summary>
    public static string Normalise(string id) =>
        id.Replace(" ", "", StringComparison.Ordinal).Replace("/BTNMT", "", StringComparison.OrdinalIgnoreCase).ToUpperInvariant();

    /// <summary>QCVN 05:2013/2023, 08-MT:2015/08:2023, 40:2011/2025, 19:2009/2024.</summary>
    public static RegulationCatalogue Default { get; } = new(
        [Qcvn05.V2013, Qcvn05.V2023, Qcvn08.V2015, Qcvn08.V2023, Qcvn40.V2011, Qcvn40.V2025, Qcvn19.V2009, Qcvn19.V2024],
        ParameterCatalogue.Default);
}
