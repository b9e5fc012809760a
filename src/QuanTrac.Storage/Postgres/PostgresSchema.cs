using Npgsql;

namespace QuanTrac.Storage.Postgres;

/// <summary>
/// Versioned schema migrations of the PostgreSQL store, the same logical schema as the SQLite one. Observation
/// tables are partitioned by month of observed_at; partitions are created on demand by <see cref="PostgresPartitions"/>.
/// </summary>
static class PostgresSchema
{
    static readonly string[] Migrations =
    [
        """
        CREATE TABLE stations(
            id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            prefix text NOT NULL UNIQUE,
            name_vi text NOT NULL,
            name_en text NOT NULL,
            type text NOT NULL,
            province text NOT NULL,
            facility text NOT NULL,
            latitude double precision,
            longitude double precision,
            interval_seconds integer NOT NULL);

        CREATE TABLE parameter_mappings(
            station_id integer NOT NULL REFERENCES stations(id),
            raw_name text NOT NULL,
            parameter_code text NOT NULL,
            factor numeric NOT NULL,
            PRIMARY KEY(station_id, raw_name));

        -- Content-addressed and immutable: every received byte, keyed by its SHA-256.
        CREATE TABLE raw_archive(
            sha256 text PRIMARY KEY,
            size bigint NOT NULL,
            bytes bytea NOT NULL);

        CREATE FUNCTION quantrac_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '% is append-only (immutable)', TG_TABLE_NAME; END $$;
        CREATE TRIGGER raw_archive_immutable BEFORE UPDATE OR DELETE ON raw_archive
            FOR EACH ROW EXECUTE FUNCTION quantrac_refuse_change();

        CREATE TABLE files(
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name text NOT NULL,
            sha256 text NOT NULL REFERENCES raw_archive(sha256),
            size bigint NOT NULL,
            source_path text NOT NULL,
            station_id integer,
            first_received_at timestamptz NOT NULL,
            last_received_at timestamptz NOT NULL,
            receipts integer NOT NULL,
            outcome text NOT NULL,
            records integer NOT NULL,
            warnings integer NOT NULL,
            reason_code text,
            reason_en text,
            reason_vi text,
            UNIQUE(name, sha256));

        CREATE TABLE observations(
            station_id integer NOT NULL,
            parameter text NOT NULL,
            observed_at timestamptz NOT NULL,
            version integer NOT NULL,
            raw_name text NOT NULL,
            raw_value text NOT NULL,
            value numeric,
            raw_unit text NOT NULL,
            unit text NOT NULL,
            status text NOT NULL,
            flags integer NOT NULL,
            file_id bigint NOT NULL,
            received_at timestamptz NOT NULL,
            PRIMARY KEY(station_id, parameter, observed_at)) PARTITION BY RANGE (observed_at);

        -- The newest observed_at of each station and parameter, kept by every commit ("latest values" without a scan).
        CREATE TABLE latest(
            station_id integer NOT NULL,
            parameter text NOT NULL,
            observed_at timestamptz NOT NULL,
            PRIMARY KEY(station_id, parameter));

        CREATE TABLE observation_history(
            station_id integer NOT NULL,
            parameter text NOT NULL,
            observed_at timestamptz NOT NULL,
            version integer NOT NULL,
            raw_name text NOT NULL,
            raw_value text NOT NULL,
            value numeric,
            raw_unit text NOT NULL,
            unit text NOT NULL,
            status text NOT NULL,
            flags integer NOT NULL,
            file_id bigint NOT NULL,
            received_at timestamptz NOT NULL,
            PRIMARY KEY(station_id, parameter, observed_at, version)) PARTITION BY RANGE (observed_at);
        CREATE TRIGGER observation_history_append_only BEFORE UPDATE OR DELETE ON observation_history
            FOR EACH ROW EXECUTE FUNCTION quantrac_refuse_change();
        """,
        // Province → centre relay (see SqliteSchema): once relay_state has its row, the triggers queue every file
        // that becomes accepted inside the transaction that accepts it, on whichever node commits it.
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
        """,

        // Several nodes on one database: claims on shared-inbox files and leader leases for periodic jobs.
        """
        CREATE TABLE intake_claims(
            path text PRIMARY KEY,
            node text NOT NULL,
            claimed_at timestamptz NOT NULL,
            lease_until timestamptz NOT NULL);
        CREATE INDEX intake_claims_node ON intake_claims(node);
        CREATE INDEX intake_claims_lease_until ON intake_claims(lease_until);

        CREATE TABLE leader_leases(
            name text PRIMARY KEY,
            holder text NOT NULL,
            until timestamptz NOT NULL);
        """,

        // Automatic QC flags (see SqliteSchema): derived, a re-run over a range replaces that range's flags of the same rule set.
        """
        CREATE TABLE qc_flags(
            station_id integer NOT NULL,
            parameter text NOT NULL,
            observed_at timestamptz NOT NULL,
            version integer NOT NULL,
            rule_id text NOT NULL,
            rule_version text NOT NULL,
            code text NOT NULL,
            severity text NOT NULL,
            detail text NOT NULL,
            evaluated_at timestamptz NOT NULL,
            rule_set_version text NOT NULL,
            PRIMARY KEY(station_id, parameter, rule_set_version, observed_at, code));
        """,

        // Ingest speed (bench/README.md, "PostgreSQL ingest"): the file registry's per-row work becomes per-statement.
        // The foreign key files.sha256 → raw_archive ran an RI query and locked the archive row (a WAL record) for every
        // file; the relay trigger ran a PL/pgSQL call and an EXISTS for every accepted file. One statement trigger over
        // the inserted rows (a transition table) now checks the archive and queues the relay, set-based, with the same
        // guarantees: an archive row can never go (UPDATE, DELETE and now TRUNCATE are refused), a registry entry's
        // hash never changes, and a file is queued in the transaction that accepts it. (Citus cannot keep that foreign
        // key either: files and raw_archive are distributed on different columns, docs/scaling.md.)
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
        """,

        // Byte-order comparison for the registry's text keys: every file inserts into the unique index (name, sha256)
        // and the archive's primary key, and under a libc locale (C.UTF-8, en_US) each comparison was a strcoll call.
        // Hex hashes and station file names are ASCII, equality is unchanged, and byte order is the order SQLite uses.
        // No table rewrite: only the three indexes are rebuilt.
        """
        ALTER TABLE raw_archive ALTER COLUMN sha256 TYPE text COLLATE "C";
        DROP TRIGGER files_sha256_fixed ON files; -- names the column; recreated unchanged
        ALTER TABLE files ALTER COLUMN name TYPE text COLLATE "C", ALTER COLUMN sha256 TYPE text COLLATE "C";
        CREATE TRIGGER files_sha256_fixed BEFORE UPDATE OF sha256 ON files
            FOR EACH ROW WHEN (NEW.sha256 IS DISTINCT FROM OLD.sha256) EXECUTE FUNCTION quantrac_files_sha256_fixed();
        """,
    ];

    public static int Latest => Migrations.Length;

    /// <summary>Applies the missing migrations under an advisory lock, so that several nodes starting together migrate once.</summary>
    public static async Task<int> MigrateAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await Execute(connection, tx, "SELECT pg_advisory_xact_lock(7152001)", ct);
        await Execute(connection, tx, "CREATE TABLE IF NOT EXISTS quantrac_schema(version integer NOT NULL)", ct);
        await using (var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM quantrac_schema", connection, tx))
        {
            var version = Convert.ToInt32(await read.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            if (version > Latest)
                throw new InvalidOperationException(
                    $"The database has schema version {version}, newer than this QuanTrac ({Latest}). / Cơ sở dữ liệu có phiên bản lược đồ {version}, mới hơn QuanTrac này ({Latest}).");
            for (; version < Latest; version++)
            {
                await Execute(connection, tx, Migrations[version], ct);
                await Execute(connection, tx, $"INSERT INTO quantrac_schema VALUES ({version + 1})", ct);
            }
            await tx.CommitAsync(ct);
            return version;
        }
    }

    static async Task Execute(NpgsqlConnection c, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, c, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
