using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace QuanTrac.Domain.Audit;

/// <summary>
/// The hash chain of the audit log. The canonical content of a row is the JSON array
/// <c>[seq, recordedAt, actor, action, subject, before, after, reason, previousHash]</c> (recordedAt as
/// <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>), UTF-8 encoded; its SHA-256 is the row's hash.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The next row after <paramref name="previous"/> (null: the chain is empty), hashed.</summary>
    public static AuditEntry Next(AuditEntry? previous, DateTimeOffset recordedAt, string actor, string action, string subject,
        string before, string after, string reason)
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(recordedAt.ToUnixTimeMilliseconds());
        var entry = new AuditEntry((previous?.Seq ?? 0) + 1, at, actor, action, subject, before, after, reason, previous?.Hash ?? Genesis, "");
        return entry with { Hash = HashOf(entry) };
    }

    /// <summary>The hash a row must carry: SHA-256 of its canonical content (its own <c>Hash</c> field is ignored).</summary>
    public static string HashOf(AuditEntry e)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            w.WriteNumberValue(e.Seq);
            w.WriteStringValue(e.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            w.WriteStringValue(e.Actor);
            w.WriteStringValue(e.Action);
            w.WriteStringValue(e.Subject);
            w.WriteStringValue(e.Before);
            w.WriteStringValue(e.After);
            w.WriteStringValue(e.Reason);
            w.WriteStringValue(e.PreviousHash);
            w.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    /// <summary>
    /// Checks a chain read in <c>Seq</c> order: sequence without gaps from 1, each previous hash equal to the hash of
    /// the row before, each hash equal to the recomputed one. Reports the first row that breaks it.
    /// </summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries)
    {
        long count = 0;
        var previousHash = Genesis;
        foreach (var e in entries)
        {
            count++;
            if (e.Seq != count)
                return AuditVerification.Broken(count, e.Seq, "SEQUENCE_GAP",
                    string.Create(CultureInfo.InvariantCulture, $"thiếu hoặc thừa dòng: mong đợi số thứ tự {count}, gặp {e.Seq}"),
                    string.Create(CultureInfo.InvariantCulture, $"a row is missing or inserted: expected seq {count}, found {e.Seq}"));
            if (!string.Equals(e.PreviousHash, previousHash, StringComparison.Ordinal))
                return AuditVerification.Broken(count, e.Seq, "PREVIOUS_HASH_MISMATCH",
                    "mã băm của dòng trước không khớp (dòng trước đã bị sửa, xóa hoặc chèn)",
                    "the previous row's hash does not match (a row before was changed, removed or inserted)");
            var expected = HashOf(e);
            if (!string.Equals(e.Hash, expected, StringComparison.Ordinal))
                return AuditVerification.Broken(count, e.Seq, "CONTENT_HASH_MISMATCH",
                    "nội dung dòng không khớp mã băm (dòng đã bị sửa)", "the row's content does not match its hash (the row was changed)");
            previousHash = e.Hash;
        }
        return new AuditVerification(true, count, count == 0 ? null : previousHash, null, null, null);
    }
}

/// <summary>The result of <see cref="AuditChain.Verify"/>.</summary>
/// <param name="Ok">True when the whole chain holds.</param>
/// <param name="Entries">Rows read (up to and including the first broken one).</param>
/// <param name="Head">Hash of the last row when the chain holds (to keep outside the database as an anchor), else null.</param>
/// <param name="FirstBrokenSeq">Seq of the first row that breaks the chain, else null.</param>
/// <param name="Code">Why it breaks, e.g. <c>CONTENT_HASH_MISMATCH</c>, else null.</param>
/// <param name="Message">Why it breaks, Vietnamese / English, else null.</param>
public sealed record AuditVerification(bool Ok, long Entries, string? Head, long? FirstBrokenSeq, string? Code, string? Message)
{
    internal static AuditVerification Broken(long entries, long seq, string code, string vi, string en) =>
        new(false, entries, null, seq, code, string.Create(CultureInfo.InvariantCulture, $"Dòng nhật ký {seq}: {vi}. / Audit row {seq}: {en}."));
}
