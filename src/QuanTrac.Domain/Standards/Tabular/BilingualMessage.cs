namespace QuanTrac.Domain.Standards.Tabular;

/// <summary>A text a person reads, in Vietnamese and English, with a stable code for programs.</summary>
/// <param name="Code">Stable upper-case code, e.g. <c>DO_WITHOUT_TEMPERATURE</c>.</param>
/// <param name="Vi">The text in Vietnamese.</param>
/// <param name="En">The text in English.</param>
public sealed record BilingualMessage(string Code, string Vi, string En)
{
    /// <summary>Both languages on one line, Vietnamese first (for error output).</summary>
    public override string ToString() => $"{Vi} / {En}";
}
