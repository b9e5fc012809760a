using System.Data.Common;
using System.Globalization;

namespace QuanTrac.Storage.Common;

/// <summary>
/// What differs between the two stores in the small hand-written SQL of the programme tables (PT, reference checks):
/// instants (SQLite: Unix milliseconds; PostgreSQL: timestamptz) and row locks. Everything else is portable SQL.
/// </summary>
abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();
    public static readonly SqlDialect Postgres = new PostgresDialect();

    /// <summary>Appended to a SELECT that must lock the row it reads until the transaction ends.</summary>
    public abstract string ForUpdate { get; }

    public abstract object Time(DateTimeOffset? value);

    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    public DateTimeOffset? ReadTimeOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal);

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    public static double? Double(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);

    public static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    public static bool Bool(DbDataReader r, int i) => Convert.ToBoolean(r.GetValue(i), CultureInfo.InvariantCulture);

    sealed class SqliteDialect : SqlDialect
    {
        public override string ForUpdate => ""; // the store's single writer already serialises writes
        public override object Time(DateTimeOffset? value) => value is { } v ? v.ToUnixTimeMilliseconds() : DBNull.Value;
        public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
    }

    sealed class PostgresDialect : SqlDialect
    {
        public override string ForUpdate => " FOR UPDATE";
        public override object Time(DateTimeOffset? value) => value is { } v ? v.UtcDateTime : DBNull.Value;
        public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
            new(DateTime.SpecifyKind(reader.GetFieldValue<DateTime>(ordinal), DateTimeKind.Utc));
    }
}
