namespace QuanTrac.Storage.Sqlite;

static partial class SqliteMigrations
{
    // 2: province → centre relay. relay_state holds its one row once this instance forwards; from then on the
    // triggers queue every file that becomes accepted inside the transaction that accepts it, whichever
    // process commits (server, CLI ingest), so no accepted file can miss the outbox.
    public const string Relay =
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
        """;
}
