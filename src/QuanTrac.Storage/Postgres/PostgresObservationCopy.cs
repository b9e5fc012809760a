using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Npgsql;
using QuanTrac.Domain.Observations;

namespace QuanTrac.Storage.Postgres;

/// <summary>
/// Binary COPY of new observations into <c>observations</c>, encoded here in PostgreSQL's binary COPY format
/// (https://www.postgresql.org/docs/15/sql-copy.html#id-1.9.3.55.9.4) into one buffer and sent as a raw stream.
/// WHY: COPY inserts through the server's multi-insert path (a fraction of the cost of INSERT … ON CONFLICT, which
/// inserts row by row with a speculative-insertion check each), and encoding the ≈ 13 fields of a row by hand costs
/// the client far less than Npgsql's per-field importer or array parameters. COPY has no ON CONFLICT, so the caller
/// uses it only when no key can exist yet, inside a savepoint.
/// </summary>
static class PostgresObservationCopy
{
    public const string Sql = """
        COPY observations(station_id, parameter, observed_at, version, raw_name, raw_value, value, raw_unit, unit, status,
                          flags, file_id, received_at) FROM STDIN (FORMAT BINARY)
        """;

    const short Fields = 13;
    // PostgreSQL timestamps count microseconds from 2000-01-01 00:00 UTC.
    static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    static ReadOnlySpan<byte> Header => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];

    /// <summary>Copies the rows (each key once, none stored yet); throws <see cref="PostgresException"/> 23505 when a key exists.</summary>
    public static async Task CopyAsync(NpgsqlConnection connection,
        List<ObservationRow> rows, CancellationToken ct)
    {
        using var buffer = Encode(rows);
        await using var stream = await connection.BeginRawBinaryCopyAsync(Sql, ct);
        await stream.WriteAsync(buffer.WrittenMemory, ct);
    }

    /// <summary>The whole COPY stream of the rows: header, one tuple per row, trailer.</summary>
    internal static Writer Encode(List<ObservationRow> rows)
    {
        var w = new Writer(rows.Count * 160 + 32);
        w.Bytes(Header);
        w.Int32(0); // flags
        w.Int32(0); // header extension length
        foreach (var (o, fileId, stationId, receivedAt) in rows)
        {
            w.Int16(Fields);
            w.Int32Field(stationId);
            w.Text(o.ParameterCode);
            w.Timestamp(o.ObservedAt);
            w.Int32Field(1); // version
            w.Text(o.RawName);
            w.Text(o.RawValue);
            if (o.Value is { } value)
                w.Numeric(value);
            else
                w.Int32(-1);
            w.Text(o.RawUnit);
            w.Text(o.Unit);
            w.Text(o.Status);
            w.Int32Field((int)o.Flags);
            w.Int32(8);
            w.Int64(fileId);
            w.Timestamp(receivedAt);
        }
        w.Int16(-1); // trailer
        return w;
    }

    /// <summary>
    /// A growing big-endian byte buffer, rented from the shared pool: a batch's stream is ≈ 0.7 MB, and a new array
    /// of that size per batch lands on the large-object heap, whose budget triggers full collections.
    /// </summary>
    internal sealed class Writer(int capacity) : IDisposable
    {
        byte[] _buffer = ArrayPool<byte>.Shared.Rent(capacity);
        int _length;

        public void Dispose()
        {
            if (_buffer.Length > 0)
                ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

        Span<byte> Take(int n)
        {
            if (_length + n > _buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + n));
                _buffer.AsSpan(0, _length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }
            var span = _buffer.AsSpan(_length, n);
            _length += n;
            return span;
        }

        public void Bytes(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Take(bytes.Length));
        public void Int16(short v) => BinaryPrimitives.WriteInt16BigEndian(Take(2), v);
        public void Int32(int v) => BinaryPrimitives.WriteInt32BigEndian(Take(4), v);
        public void Int64(long v) => BinaryPrimitives.WriteInt64BigEndian(Take(8), v);

        public void Int32Field(int v)
        {
            Int32(4);
            Int32(v);
        }

        public void Text(string? s)
        {
            if (s is null)
            {
                Int32(-1);
                return;
            }
            var span = Take(4 + Encoding.UTF8.GetMaxByteCount(s.Length));
            var n = Encoding.UTF8.GetBytes(s, span[4..]);
            BinaryPrimitives.WriteInt32BigEndian(span, n);
            _length -= span.Length - 4 - n;
        }

        /// <summary>Microseconds since 2000-01-01 UTC, truncated from .NET's 100 ns ticks as Npgsql does.</summary>
        public void Timestamp(DateTimeOffset t)
        {
            Int32(8);
            Int64((t.UtcTicks - PostgresEpochTicks) / 10);
        }

        /// <summary>
        /// numeric: ndigits, weight, sign, dscale, then base-10,000 digits, most significant first. The display
        /// scale is the decimal's scale, so 1.50 is stored as 1.50, as Npgsql stores it.
        /// </summary>
        static ReadOnlySpan<uint> Pow10 => [1, 10, 100, 1000];

        public void Numeric(decimal value)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            var scale = (bits[3] >> 16) & 0xFF;
            var negative = bits[3] < 0;
            // Align the decimal point to a base-10,000 digit boundary: at most 10^3 × 2^96 < 2^106.
            var pad = (4 - scale % 4) % 4;
            var fractionDigits = (scale + pad) / 4;
            Span<short> digits = stackalloc short[16]; // least significant first
            var n = 0;
            if (bits[2] == 0 && (uint)bits[1] < 1u << 20)
            {
                // Every measured value fits here (< 2^52 before padding): 64-bit division, not UInt128's software one.
                var small = (((ulong)(uint)bits[1] << 32) | (uint)bits[0]) * Pow10[pad];
                while (small != 0)
                {
                    digits[n++] = (short)(small % 10_000);
                    small /= 10_000;
                }
            }
            else
            {
                var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
                mantissa *= Pow10[pad];
                while (mantissa != 0)
                {
                    digits[n++] = (short)(ushort)(mantissa % 10_000);
                    mantissa /= 10_000;
                }
            }
            Int32(8 + 2 * n);
            Int16((short)n);
            Int16((short)(n == 0 ? 0 : n - fractionDigits - 1));
            Int16(negative && n > 0 ? (short)0x4000 : (short)0);
            Int16((short)scale);
            for (var i = n - 1; i >= 0; i--)
                Int16(digits[i]);
        }
    }
}
