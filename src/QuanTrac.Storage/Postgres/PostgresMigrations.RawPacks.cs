namespace QuanTrac.Storage.Postgres;

static partial class PostgresMigrations
{
    // Ingest speed and archive size (bench/README.md, "Fourth round"): the raw bytes of a batch's new files go into one
    // pack row, compressed together (lz4), instead of one raw_archive row and one primary-key entry per file. The
    // per-row cost was a third of the server's work on a backlog, and 5-minute files compress ≈ 5:1 only together.
    // Each registry entry points at its bytes (pack, offset, size); entries of older versions keep theirs in
    // raw_archive, which stays readable and immutable. Bytes are found by hash through a hash index on the registry:
    // random 64-character keys cost a B-tree (the archive's old primary key) far more per insert, while the unique
    // key (name, sha256) stays name-first, which grows at its end. Packs and the entries' pointers can never change; a trigger checks,
    // once per statement, that every new entry's bytes lie inside its pack.
    public const string RawPacks =
        """
        CREATE TABLE raw_packs(
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            bytes bytea COMPRESSION lz4 NOT NULL);
        CREATE TRIGGER raw_packs_immutable BEFORE UPDATE OR DELETE ON raw_packs
            FOR EACH ROW EXECUTE FUNCTION quantrac_refuse_change();
        CREATE TRIGGER raw_packs_no_truncate BEFORE TRUNCATE ON raw_packs
            FOR EACH STATEMENT EXECUTE FUNCTION quantrac_refuse_change();

        ALTER TABLE files ADD COLUMN pack_id bigint, ADD COLUMN pack_offset integer;
        CREATE INDEX files_sha256_hash ON files USING hash (sha256);

        DROP TRIGGER files_sha256_fixed ON files;
        CREATE OR REPLACE FUNCTION quantrac_files_sha256_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'files.sha256 and the place of its bytes cannot change' USING ERRCODE = 'foreign_key_violation'; END $$;
        CREATE TRIGGER files_sha256_fixed BEFORE UPDATE OF sha256, size, pack_id, pack_offset ON files
            FOR EACH ROW WHEN (NEW.sha256 IS DISTINCT FROM OLD.sha256 OR NEW.size IS DISTINCT FROM OLD.size
                               OR NEW.pack_id IS DISTINCT FROM OLD.pack_id OR NEW.pack_offset IS DISTINCT FROM OLD.pack_offset)
            EXECUTE FUNCTION quantrac_files_sha256_fixed();

        CREATE OR REPLACE FUNCTION quantrac_files_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE missing text;
        BEGIN
            -- Set-based instead of a foreign key (one RI query per file): each entry's bytes lie inside an existing pack,
            -- or (entries of older versions) in raw_archive.
            SELECT n.sha256 INTO missing FROM new_files n LEFT JOIN raw_packs p ON p.id = n.pack_id
            WHERE CASE WHEN n.pack_id IS NULL THEN NOT EXISTS (SELECT 1 FROM raw_archive r WHERE r.sha256 = n.sha256)
                       ELSE p.id IS NULL OR n.pack_offset IS NULL OR n.pack_offset < 0 OR n.pack_offset + n.size > octet_length(p.bytes) END
            LIMIT 1;
            IF FOUND THEN
                RAISE EXCEPTION 'files.sha256 % has no archived bytes', missing USING ERRCODE = 'foreign_key_violation';
            END IF;
            IF EXISTS (SELECT 1 FROM relay_state) THEN
                INSERT INTO relay_outbox(file_id, sha256, name, enqueued_at, next_attempt_at)
                SELECT id, sha256, name, last_received_at, last_received_at FROM new_files WHERE outcome = 'Accepted' ORDER BY id
                ON CONFLICT DO NOTHING;
            END IF;
            RETURN NULL;
        END $$;
        """;
}
