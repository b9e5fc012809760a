using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Stations;

namespace QuanTrac.Storage.Registry;

/// <summary>
/// The station registry as a file (JSON, UTF-8): what <c>quantrac stations export</c> writes and
/// <c>import</c> reads. Import validates every entry and names the faulty one.
/// </summary>
public static class StationRegistryFile
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Writes stations as a JSON array.</summary>
    public static Task WriteAsync(Stream output, IEnumerable<Station> stations, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(output, stations.ToList(), Options, cancellationToken);

    /// <summary>Reads and validates a JSON array of stations.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid registry; the message says where and why.</exception>
    public static async Task<IReadOnlyList<Station>> ReadAsync(Stream input, ParameterCatalogue catalogue, CancellationToken cancellationToken = default)
    {
        List<Station>? stations;
        try
        {
            stations = await JsonSerializer.DeserializeAsync<List<Station>>(input, Options, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The registry file is not valid JSON of stations: {e.Message} / Tệp danh mục trạm không đúng định dạng JSON: {e.Message}", e);
        }
        stations ??= [];
        var errors = stations.SelectMany((s, i) => Validate(s, i, catalogue)).ToList();
        if (errors.Count > 0)
            throw new InvalidDataException(string.Join(Environment.NewLine, errors));
        var duplicate = stations.GroupBy(s => s.Prefix, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"Station prefix '{duplicate.Key}' appears twice. / Tiền tố trạm '{duplicate.Key}' xuất hiện hai lần.");
        return stations;
    }

    static IEnumerable<string> Validate(Station s, int index, ParameterCatalogue catalogue)
    {
        var where = $"Station #{index + 1} ('{s.Prefix}')";
        if (string.IsNullOrWhiteSpace(s.Prefix) || s.Prefix.Contains('\t', StringComparison.Ordinal))
            yield return $"{where}: the prefix is empty or holds a TAB. / Tiền tố trạm trống hoặc chứa ký tự TAB.";
        if (s.ExpectedInterval <= TimeSpan.Zero)
            yield return $"{where}: the expected interval must be positive. / Chu kỳ truyền phải lớn hơn 0.";
        if (s.Location is { } p && (p.Latitude is < -90 or > 90 || p.Longitude is < -180 or > 180))
            yield return $"{where}: coordinates out of range. / Tọa độ ngoài phạm vi.";
        foreach (var (vi, en) in s.Reading?.Problems(s.Prefix ?? "") ?? [])
            yield return $"{where}: {en} / {vi}";
        foreach (var m in s.Mappings ?? [])
            if (catalogue.Find(m.ParameterCode, s.Type) is null)
                yield return $"{where}: '{m.RawName}' maps to '{m.ParameterCode}', which is not a {s.Type} parameter of the catalogue. / Thông số '{m.ParameterCode}' không có trong danh mục cho loại trạm này.";
    }
}
