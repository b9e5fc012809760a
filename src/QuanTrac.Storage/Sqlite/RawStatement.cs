using SQLitePCL;

namespace QuanTrac.Storage.Sqlite;

/// <summary>
/// A prepared statement driven through SQLitePCL.raw on the connection's own handle (so it runs inside the
/// connection's open transaction). Used only on the ingest hot path: binding through ADO.NET parameters cost
/// about half of the commit time in the benchmark (bench/README.md), binding directly costs a fraction.
/// </summary>
sealed class RawStatement : IDisposable
{
    readonly sqlite3 _db;
    readonly sqlite3_stmt _stmt;

    public RawStatement(sqlite3 db, string sql)
    {
        _db = db;
        Check(raw.sqlite3_prepare_v2(db, sql, out _stmt));
    }

    public RawStatement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_stmt, index, value));
        return this;
    }

    public RawStatement Bind(int index, long? value)
    {
        Check(value is { } v ? raw.sqlite3_bind_int64(_stmt, index, v) : raw.sqlite3_bind_null(_stmt, index));
        return this;
    }

    public RawStatement Bind(int index, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_stmt, index) : raw.sqlite3_bind_text(_stmt, index, value));
        return this;
    }

    public RawStatement Bind(int index, byte[] value)
    {
        Check(raw.sqlite3_bind_blob(_stmt, index, value));
        return this;
    }

    /// <summary>Runs a statement that returns no row; returns the number of rows it changed.</summary>
    public int Execute()
    {
        try
        {
            var rc = raw.sqlite3_step(_stmt);
            if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
                Check(rc);
            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_stmt);
        }
    }

    /// <summary>Runs a statement that returns one row and reads it.</summary>
    public T Single<T>(Func<sqlite3_stmt, T> read)
    {
        try
        {
            var rc = raw.sqlite3_step(_stmt);
            if (rc != raw.SQLITE_ROW)
                Check(rc == raw.SQLITE_DONE ? raw.SQLITE_ERROR : rc);
            return read(_stmt);
        }
        finally
        {
            raw.sqlite3_reset(_stmt);
        }
    }

    void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new Microsoft.Data.Sqlite.SqliteException(
                $"SQLite error {rc}: {raw.sqlite3_errmsg(_db).utf8_to_string()}", rc);
    }

    public void Dispose() => _stmt.Dispose();
}
