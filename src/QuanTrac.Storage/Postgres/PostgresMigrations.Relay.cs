namespace QuanTrac.Storage.Postgres;

static partial class PostgresMigrations
{
    // Province → centre relay (see SqliteSchema): once relay_state has its row, the triggers queue every file
    // that becomes accepted inside the transaction that accepts it, on whichever node commits it.
    public const string Relay =
        """
        CREATE TABLE relay_state(
            id integer PRIMARY KEY CHECK (id = 1),
            enabled_at timestamptz NOT NULL);

        CREATE TABLE relay_outbox(
            file_id bigint PRIMARY KEY REFERENCES files(id),
            sha256 text NOT NULL,
            name text NOT NULL,
            enqueued_at timestamptz NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            next_attempt_at timestamptz NOT NULL,
            sent_at timestamptz,
            upstream_outcome text,
            last_error text);
        CREATE INDEX relay_outbox_due ON relay_outbox(next_attempt_at) WHERE sent_at IS NULL;

        -- Volatile plpgsql: the EXISTS takes a fresh snapshot, so it sees relay_state as soon as it is committed.
        CREATE FUNCTION quantrac_relay_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM relay_state) THEN
                INSERT INTO relay_outbox(file_id, sha256, name, enqueued_at, next_attempt_at)
                VALUES (NEW.id, NEW.sha256, NEW.name, NEW.last_received_at, NEW.last_received_at)
                ON CONFLICT DO NOTHING;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER relay_enqueue_new AFTER INSERT ON files
            FOR EACH ROW WHEN (NEW.outcome = 'Accepted') EXECUTE FUNCTION quantrac_relay_enqueue();
        CREATE TRIGGER relay_enqueue_reprocessed AFTER UPDATE OF outcome ON files
            FOR EACH ROW WHEN (NEW.outcome = 'Accepted' AND OLD.outcome <> 'Accepted') EXECUTE FUNCTION quantrac_relay_enqueue();
        """;
}
