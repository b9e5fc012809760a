namespace QuanTrac.Storage.Postgres;

static partial class PostgresMigrations
{
    // Ingest speed (bench/README.md, "PostgreSQL ingest"): the file registry's per-row work becomes per-statement.
    // The foreign key files.sha256 → raw_archive ran an RI query and locked the archive row (a WAL record) for every
    // file; the relay trigger ran a PL/pgSQL call and an EXISTS for every accepted file. One statement trigger over
    // the inserted rows (a transition table) now checks the archive and queues the relay, set-based, with the same
    // guarantees: an archive row can never go (UPDATE, DELETE and now TRUNCATE are refused), a registry entry's
    // hash never changes, and a file is queued in the transaction that accepts it. (Citus cannot keep that foreign
    // key either: files and raw_archive are distributed on different columns, docs/scaling.md.)
    public const string FileRegistryTrigger =
        """
        ALTER TABLE files DROP CONSTRAINT files_sha256_fkey;
        DROP TRIGGER relay_enqueue_new ON files;

        CREATE FUNCTION quantrac_files_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE missing text;
        BEGIN
            SELECT n.sha256 INTO missing FROM new_files n
            WHERE NOT EXISTS (SELECT 1 FROM raw_archive r WHERE r.sha256 = n.sha256) LIMIT 1;
            IF FOUND THEN
                RAISE EXCEPTION 'files.sha256 % is not in raw_archive', missing USING ERRCODE = 'foreign_key_violation';
            END IF;
            IF EXISTS (SELECT 1 FROM relay_state) THEN
                INSERT INTO relay_outbox(file_id, sha256, name, enqueued_at, next_attempt_at)
                SELECT id, sha256, name, last_received_at, last_received_at FROM new_files WHERE outcome = 'Accepted' ORDER BY id
                ON CONFLICT DO NOTHING;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER files_inserted AFTER INSERT ON files REFERENCING NEW TABLE AS new_files
            FOR EACH STATEMENT EXECUTE FUNCTION quantrac_files_inserted();

        CREATE FUNCTION quantrac_files_sha256_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'files.sha256 cannot change' USING ERRCODE = 'foreign_key_violation'; END $$;
        CREATE TRIGGER files_sha256_fixed BEFORE UPDATE OF sha256 ON files
            FOR EACH ROW WHEN (NEW.sha256 IS DISTINCT FROM OLD.sha256) EXECUTE FUNCTION quantrac_files_sha256_fixed();
        CREATE TRIGGER raw_archive_no_truncate BEFORE TRUNCATE ON raw_archive
            FOR EACH STATEMENT EXECUTE FUNCTION quantrac_refuse_change();
        """;
}
