namespace QuanTrac.Storage.Sqlite;

static partial class SqliteMigrations
{
    // 1: registry, raw archive, file registry, observations with version history.
    public const string Registry =
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
        """;
}
