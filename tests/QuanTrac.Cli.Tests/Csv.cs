using System.Text;

namespace QuanTrac.Cli.Tests;

/// <summary>Reading the CSV that <c>quantrac export</c> writes (RFC 4180 quoting: names such as <c>m,p-Xylene</c>).</summary>
public static class Csv
{
    /// <summary>The header <c>quantrac export</c> promises.</summary>
    public const string Header = "station,parameter,observed_at,value,unit,status,file_sha256,received_at,version";

    /// <summary>Splits one line into unquoted fields.</summary>
    public static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
                field.Append(c);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }

    /// <summary>Rows (header excluded) as dictionaries keyed by column name.</summary>
    public static List<Dictionary<string, string>> Rows(IReadOnlyList<string> lines)
    {
        var header = Split(lines[0]);
        return lines.Skip(1).Select(l =>
        {
            var f = Split(l);
            Assert.True(f.Length == header.Length, $"CSV row with {f.Length} fields instead of {header.Length}: {l}");
            return header.Zip(f).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }).ToList();
    }

    /// <summary>The lines (header included) with one column removed, fields re-joined with '|'.</summary>
    public static List<string> WithoutColumn(IReadOnlyList<string> lines, string column)
    {
        var index = Array.IndexOf(Split(lines[0]), column);
        Assert.True(index >= 0, $"no column {column} in {lines[0]}");
        return lines.Select(l => string.Join('|', Split(l).Where((_, i) => i != index))).ToList();
    }
}
