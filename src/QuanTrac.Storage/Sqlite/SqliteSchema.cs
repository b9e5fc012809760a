using Microsoft.Data.Sqlite;

namespace QuanTrac.Storage.Sqlite;

/// <summary>
/// Versioned schema migrations of the SQLite store. The version lives in <c>PRAGMA user_version</c>;
/// each migration runs once, in order, inside a transaction.
/// </summary>
static class SqliteSchema
{
    /// <summary>Migrations in order; index + 1 is the version a migration brings the schema to.</summary>
    static readonly string[] Migrations =
    [
        // 1: registry, raw archive, file registry, observations with version history.
        """
        CREATE TABLE stations(
            id INTEGER PRIMARY KEY,
            prefix TEXT NOT NULL UNIQUE,
            name_vi TEXT NOT NULL,
            name_en TEXT NOT NULL,
            type TEXT NOT NULL,
            province TEXT NOT NULL,
            facility TEXT NOT NULL,
            latitude REAL,
            longitude REAL,
            interval_seconds INTEGER NOT NULL);

        CREATE TABLE parameter_mappings(
            station_id INTEGER NOT NULL REFERENCES stations(id),
            raw_name TEXT NOT NULL,
            parameter_code TEXT NOT NULL,
            factor TEXT NOT NULL,
            PRIMARY KEY(station_id, raw_name));

        -- Content-addressed and immutable: every received byte, keyed by its SHA-256.
        CREATE TABLE raw_archive(
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            bytes BLOB NOT NULL);
        CREATE TRIGGER raw_archive_no_update BEFORE UPDATE ON raw_archive
            BEGIN SELECT RAISE(ABORT, 'the raw archive is immutable'); END;
        CREATE TRIGGER raw_archive_no_delete BEFORE DELETE ON raw_archive
            BEGIN SELECT RAISE(ABORT, 'the raw archive is immutable'); END;

        -- One entry per (name, bytes); receipts counts identical resends.
        CREATE TABLE files(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES raw_archive(sha256),
            size INTEGER NOT NULL,
            source_path TEXT NOT NULL,
            station_id INTEGER,
            first_received_at INTEGER NOT NULL,
            last_received_at INTEGER NOT NULL,
            receipts INTEGER NOT NULL,
            outcome TEXT NOT NULL,
            records INTEGER NOT NULL,
            warnings INTEGER NOT NULL,
            reason_code TEXT,
            reason_en TEXT,
            reason_vi TEXT,
            UNIQUE(name, sha256));

        -- The current version of each (station, parameter, observed_at); instants in Unix seconds (UTC),
        -- received_at in Unix milliseconds. value is the canonical decimal as invariant text (exact).
        -- raw_name / raw_unit are NULL when they equal parameter / unit: most rows, and a tenth of the bytes.
        CREATE TABLE observations(
            station_id INTEGER NOT NULL,
            parameter TEXT NOT NULL,
            observed_at INTEGER NOT NULL,
            version INTEGER NOT NULL,
            raw_name TEXT,
            raw_value TEXT NOT NULL,
            value TEXT,
            raw_unit TEXT,
            unit TEXT NOT NULL,
            status TEXT NOT NULL,
            flags INTEGER NOT NULL,
            file_id INTEGER NOT NULL,
            received_at INTEGER NOT NULL,
            PRIMARY KEY(station_id, parameter, observed_at)) WITHOUT ROWID;

        -- The newest observed_at of each station and parameter, kept by every commit, so that "latest values"
        -- is one seek per parameter instead of a scan of the station's history.
        CREATE TABLE latest(
            station_id INTEGER NOT NULL,
            parameter TEXT NOT NULL,
            observed_at INTEGER NOT NULL,
            PRIMARY KEY(station_id, parameter)) WITHOUT ROWID;

        -- Versions that a changed resend replaced; never updated or deleted.
        CREATE TABLE observation_history(
            station_id INTEGER NOT NULL,
            parameter TEXT NOT NULL,
            observed_at INTEGER NOT NULL,
            version INTEGER NOT NULL,
            raw_name TEXT,
            raw_value TEXT NOT NULL,
            value TEXT,
            raw_unit TEXT,
            unit TEXT NOT NULL,
            status TEXT NOT NULL,
            flags INTEGER NOT NULL,
            file_id INTEGER NOT NULL,
            received_at INTEGER NOT NULL,
            PRIMARY KEY(station_id, parameter, observed_at, version)) WITHOUT ROWID;
        CREATE TRIGGER observation_history_no_update BEFORE UPDATE ON observation_history
            BEGIN SELECT RAISE(ABORT, 'observation history is append-only'); END;
        CREATE TRIGGER observation_history_no_delete BEFORE DELETE ON observation_history
            BEGIN SELECT RAISE(ABORT, 'observation history is append-only'); END;
        """,

        // 2: province → centre relay. relay_state holds its one row once this instance forwards; from then on the
        // triggers queue every file that becomes accepted inside the transaction that accepts it, whichever
        // process commits (server, CLI ingest), so no accepted file can miss the outbox.
        """
        CREATE TABLE relay_state(
            id INTEGER PRIMARY KEY CHECK(id = 1),
            enabled_at INTEGER NOT NULL);

        -- Instants in Unix milliseconds (UTC), like files.received_at.
        CREATE TABLE relay_outbox(
            file_id INTEGER PRIMARY KEY REFERENCES files(id),
            sha256 TEXT NOT NULL,
            name TEXT NOT NULL,
            enqueued_at INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL,
            sent_at INTEGER,
            upstream_outcome TEXT,
            last_error TEXT);
        CREATE INDEX relay_outbox_due ON relay_outbox(next_attempt_at) WHERE sent_at IS NULL;

        CREATE TRIGGER relay_enqueue_new AFTER INSERT ON files
            WHEN NEW.outcome = 'Accepted' AND EXISTS(SELECT 1 FROM relay_state)
            BEGIN
                INSERT INTO relay_outbox(file_id, sha256, name, enqueued_at, next_attempt_at)
                SELECT NEW.id, NEW.sha256, NEW.name, NEW.last_received_at, NEW.last_received_at
                WHERE NOT EXISTS(SELECT 1 FROM relay_outbox WHERE file_id = NEW.id);
            END;
        -- A quarantined file accepted on a later receipt (its station registered since).
        CREATE TRIGGER relay_enqueue_reprocessed AFTER UPDATE OF outcome ON files
            WHEN NEW.outcome = 'Accepted' AND OLD.outcome <> 'Accepted' AND EXISTS(SELECT 1 FROM relay_state)
            BEGIN
                INSERT INTO relay_outbox(file_id, sha256, name, enqueued_at, next_attempt_at)
                SELECT NEW.id, NEW.sha256, NEW.name, NEW.last_received_at, NEW.last_received_at
                WHERE NOT EXISTS(SELECT 1 FROM relay_outbox WHERE file_id = NEW.id);
            END;
        """,

        // 3: automatic QC flags — derived data: a re-run over a range replaces that range's flags of the same rule set.
        // observed_at in Unix seconds like observations, evaluated_at in Unix milliseconds.
        """
        CREATE TABLE qc_flags(
            station_id INTEGER NOT NULL,
            parameter TEXT NOT NULL,
            observed_at INTEGER NOT NULL,
            version INTEGER NOT NULL,
            rule_id TEXT NOT NULL,
            rule_version TEXT NOT NULL,
            code TEXT NOT NULL,
            severity TEXT NOT NULL,
            detail TEXT NOT NULL,
            evaluated_at INTEGER NOT NULL,
            rule_set_version TEXT NOT NULL,
            PRIMARY KEY(station_id, parameter, rule_set_version, observed_at, code)) WITHOUT ROWID;
        """,
        // alerts: one unresolved alert per (station, parameter, kind), enforced by a partial unique index. Instants in
        // Unix milliseconds (UTC); value and limit_value as invariant decimal text (exact).
        """
        CREATE TABLE alerts(
            id INTEGER PRIMARY KEY,
            station TEXT NOT NULL,
            parameter TEXT NOT NULL,
            kind TEXT NOT NULL,
            level TEXT NOT NULL,
            state TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            opened_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            condition_at INTEGER NOT NULL,
            clear_since INTEGER,
            value TEXT,
            limit_value TEXT,
            unit TEXT,
            period TEXT,
            message_vi TEXT NOT NULL,
            message_en TEXT NOT NULL,
            acknowledged_at INTEGER,
            acknowledged_by TEXT,
            resolved_at INTEGER,
            resolved_by TEXT,
            note TEXT);
        CREATE UNIQUE INDEX alerts_one_unresolved ON alerts(station, parameter, kind) WHERE state <> 'resolved';
        CREATE INDEX alerts_key ON alerts(station, parameter, kind, id);
        CREATE INDEX alerts_updated ON alerts(updated_at);
        """,
    ];

    /// <summary>The version the code expects.</summary>
    public static int Latest => Migrations.Length;

    /// <summary>Applies the missing migrations; returns the resulting version.</summary>
    public static int Migrate(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Latest)
            throw new InvalidOperationException(
                $"The database has schema version {version}, newer than this QuanTrac ({Latest}). Upgrade QuanTrac. / Cơ sở dữ liệu có phiên bản lược đồ {version}, mới hơn QuanTrac này ({Latest}).");
        for (; version < Latest; version++)
        {
            using var tx = connection.BeginTransaction();
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = Migrations[version] + $"\nPRAGMA user_version = {version + 1};";
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
        return version;
    }

    static object? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
