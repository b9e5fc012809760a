using System.Text;

namespace QuanTrac.Ingest.StationFiles;

/// <summary>
/// Parameter names and units in Unicode NFC, one string per distinct text and thread. A station writes the same
/// few names in every file, so a look-up by span replaces a string allocation and a normalisation check per record.
/// </summary>
internal static class NormalisedTexts
{
    // Hostile input can bring endless distinct names: past this many the cache starts over (still correct, just slower).
    const int MaxEntries = 4096;

    [ThreadStatic]
    static Dictionary<string, (string Text, bool Decomposed)>? t_known;

    /// <summary>
    /// The NFC form of <paramref name="text"/> (non-empty) and whether it differed (the text was decomposed). Text
    /// the normaliser cannot handle is kept exactly as received.
    /// </summary>
    public static (string Text, bool Decomposed) Get(ReadOnlySpan<char> text)
    {
        var known = t_known ??= new(StringComparer.Ordinal);
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var found))
            return found;
        var s = text.ToString();
        found = Normalise(s);
        if (known.Count >= MaxEntries)
            known.Clear();
        known[s] = found;
        return found;
    }

    static (string Text, bool Decomposed) Normalise(string s)
    {
        if (Ascii.IsValid(s))
            return (s, false);
        try
        {
            if (s.IsNormalized(NormalizationForm.FormC))
                return (s, false);
            return (s.Normalize(NormalizationForm.FormC), true);
        }
        catch (ArgumentException)
        {
            return (s, false);
        }
    }
}
