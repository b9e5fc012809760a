using Dapper;
using Microsoft.Data.Sqlite;

namespace QuanTrac.Storage.Sqlite;

/// <summary>Reads of the file registry.</summary>
static class SqliteFileRegistry
{
    sealed record FileRow(long Id, string Name, string Sha256, long Size, string SourcePath, string? Prefix, long FirstReceivedAt,
        long LastReceivedAt, long Receipts, string Outcome, long Records, long Warnings, string? ReasonCode, string? ReasonEn, string? ReasonVi);

    public static async Task<IReadOnlyList<FileEntry>> ReadAsync(SqliteConnection c, FileQuery q, CancellationToken ct)
    {
        var rows = await c.QueryAsync<FileRow>(new CommandDefinition("""
            SELECT f.id, f.name, f.sha256, f.size, f.source_path AS SourcePath, s.prefix, f.first_received_at AS FirstReceivedAt,
                   f.last_received_at AS LastReceivedAt, f.receipts, f.outcome, f.records, f.warnings,
                   f.reason_code AS ReasonCode, f.reason_en AS ReasonEn, f.reason_vi AS ReasonVi
            FROM files f LEFT JOIN stations s ON s.id = f.station_id
            WHERE (@outcome IS NULL OR f.outcome = @outcome) AND (@station IS NULL OR s.prefix = @station)
            ORDER BY f.id DESC
            LIMIT @limit
            """, new { outcome = q.Outcome?.ToString(), station = q.Station, limit = q.Limit }, cancellationToken: ct));
        return rows.Select(r => new FileEntry(r.Id, r.Name, r.Sha256, r.Size, r.SourcePath, r.Prefix,
            DateTimeOffset.FromUnixTimeMilliseconds(r.FirstReceivedAt), DateTimeOffset.FromUnixTimeMilliseconds(r.LastReceivedAt),
            (int)r.Receipts, Enum.Parse<FileOutcomeKind>(r.Outcome), (int)r.Records, (int)r.Warnings,
            r.ReasonCode is null ? null : new Reason(r.ReasonCode, r.ReasonEn ?? "", r.ReasonVi ?? ""))).ToList();
    }
}
