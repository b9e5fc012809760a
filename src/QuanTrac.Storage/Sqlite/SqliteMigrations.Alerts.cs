namespace QuanTrac.Storage.Sqlite;

static partial class SqliteMigrations
{
    // alerts: one unresolved alert per (station, parameter, kind), enforced by a partial unique index. Instants in
    // Unix milliseconds (UTC); value and limit_value as invariant decimal text (exact).
    public const string Alerts =
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
        """;
}
