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

        // Review (see SqliteSchema): rule sets as data, flag history for as-of reads, review actions and the audit log
        // chained with SHA-256. All append-only through quantrac_refuse_change().
        """
        CREATE TABLE qc_rule_sets(
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            version text NOT NULL,
            document text NOT NULL,
            created_at timestamptz NOT NULL,
            created_by text NOT NULL,
            reason text NOT NULL);
        CREATE TRIGGER qc_rule_sets_append_only BEFORE UPDATE OR DELETE ON qc_rule_sets
            FOR EACH ROW EXECUTE FUNCTION quantrac_refuse_change();

        CREATE TABLE qc_flag_history(
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
            superseded_at timestamptz NOT NULL);
        CREATE INDEX qc_flag_history_series ON qc_flag_history(station_id, rule_set_version, parameter, observed_at);
        CREATE TRIGGER qc_flag_history_append_only BEFORE UPDATE OR DELETE ON qc_flag_history
            FOR EACH ROW EXECUTE FUNCTION quantrac_refuse_change();

        CREATE TABLE review_actions(
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            station_id integer NOT NULL REFERENCES stations(id),
            parameter text NOT NULL,
            from_at timestamptz NOT NULL,
            to_at timestamptz NOT NULL,
            kind text NOT NULL,
            level integer NOT NULL,
            user_name text NOT NULL,
            reason text,
            value numeric,
            recorded_at timestamptz NOT NULL,
            audit_seq bigint NOT NULL);
        CREATE INDEX review_actions_series ON review_actions(station_id, parameter, id);
        CREATE TRIGGER review_actions_append_only BEFORE UPDATE OR DELETE ON review_actions
            FOR EACH ROW EXECUTE FUNCTION quantrac_refuse_change();
        CREATE TRIGGER review_actions_no_truncate BEFORE TRUNCATE ON review_actions
            FOR EACH STATEMENT EXECUTE FUNCTION quantrac_refuse_change();

        CREATE TABLE audit_log(
            seq bigint PRIMARY KEY,
            recorded_at timestamptz NOT NULL,
            actor text NOT NULL,
            action text NOT NULL,
            subject text NOT NULL,
            before text NOT NULL,
            after text NOT NULL,
            reason text NOT NULL,
            prev_hash text NOT NULL,
            hash text NOT NULL);
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION quantrac_refuse_change();
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION quantrac_refuse_change();
        """,

        // Proficiency testing (issue 7): scheme → round → measurand → participants → results → scores. A published round is
        // frozen (the store checks the status in every write's transaction). Instants as timestamptz.
        // Reference-material checks of station analysers, evaluated when recorded; they feed the reference-check QC rule.
        """
        CREATE TABLE pt_schemes(
            code text PRIMARY KEY,
            name_vi text NOT NULL,
            name_en text NOT NULL,
            min_consensus integer NOT NULL,
            created_at timestamptz NOT NULL);
        CREATE TABLE pt_rounds(
            code text PRIMARY KEY,
            scheme text NOT NULL REFERENCES pt_schemes(code),
            title text NOT NULL,
            status text NOT NULL,
            created_at timestamptz NOT NULL,
            computed_at timestamptz,
            published_at timestamptz);
        CREATE TABLE pt_measurands(
            round text NOT NULL REFERENCES pt_rounds(code),
            code text NOT NULL,
            matrix text NOT NULL,
            parameter text NOT NULL,
            unit text NOT NULL,
            assigned_method text NOT NULL,
            reference_value double precision,
            reference_u double precision,
            sigma_method text NOT NULL,
            sigma_value double precision,
            allowed_deviation double precision,
            mass_fraction_per_unit double precision,
            assigned double precision,
            u_assigned double precision,
            sigma_pt double precision,
            p integer,
            robust_mean double precision,
            robust_sd double precision,
            negligible boolean,
            PRIMARY KEY(round, code));
        -- lab is the laboratory's permanent identity; code the anonymous code printed on reports.
        CREATE TABLE pt_participants(
            round text NOT NULL REFERENCES pt_rounds(code),
            code text NOT NULL,
            lab text NOT NULL,
            PRIMARY KEY(round, code),
            UNIQUE(round, lab));
        CREATE INDEX pt_participants_lab ON pt_participants(lab);
        -- value NULL with censored set: a "< LOD" result kept as reported, never scored.
        CREATE TABLE pt_results(
            round text NOT NULL,
            measurand text NOT NULL,
            participant text NOT NULL,
            source_row integer NOT NULL,
            value double precision,
            censored text,
            u double precision,
            expanded_u double precision,
            k double precision,
            method text,
            PRIMARY KEY(round, measurand, participant),
            FOREIGN KEY(round, measurand) REFERENCES pt_measurands(round, code),
            FOREIGN KEY(round, participant) REFERENCES pt_participants(round, code));
        CREATE TABLE pt_scores(
            round text NOT NULL,
            measurand text NOT NULL,
            participant text NOT NULL,
            d double precision NOT NULL,
            d_percent double precision,
            z double precision NOT NULL,
            z_prime double precision NOT NULL,
            zeta double precision,
            en double precision,
            class text NOT NULL,
            classified_on text NOT NULL,
            zeta_class text,
            en_class text,
            d_class text,
            PRIMARY KEY(round, measurand, participant));

        CREATE TABLE reference_checks(
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            station text NOT NULL,
            analyser text NOT NULL,
            parameter text NOT NULL,
            certified double precision NOT NULL,
            certified_u double precision,
            lot text NOT NULL,
            temperature double precision,
            readings text NOT NULL,
            mean double precision NOT NULL,
            error double precision NOT NULL,
            limit_value double precision NOT NULL,
            passed boolean NOT NULL,
            operator text NOT NULL,
            checked_at timestamptz NOT NULL,
            recorded_at timestamptz NOT NULL,
            UNIQUE(station, parameter, analyser, checked_at));
        CREATE INDEX reference_checks_time ON reference_checks(station, parameter, checked_at);
        """,

        // Accounts: console users (Identity password hashes, lockout counters) and hashed API / station upload keys.
        // Instants in Unix milliseconds in both stores, so one SQL (Common/AccountRows) serves both.
        """
        CREATE TABLE users(
            id TEXT PRIMARY KEY,
            user_name TEXT NOT NULL,
            normalized_user_name TEXT NOT NULL UNIQUE,
            password_hash TEXT,
            security_stamp TEXT NOT NULL,
            roles TEXT NOT NULL,
            province TEXT,
            facility TEXT,
            lab TEXT,
            access_failed_count BIGINT NOT NULL,
            lockout_end BIGINT,
            lockout_enabled BIGINT NOT NULL);
        CREATE TABLE api_keys(
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            key_hash TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL,
            station TEXT,
            created_at BIGINT NOT NULL,
            revoked_at BIGINT);
        """,

        // Alerts (see SqliteSchema): one unresolved alert per (station, parameter, kind), enforced by a partial unique index.
        """
        CREATE TABLE alerts(
            id bigserial PRIMARY KEY,
            station text NOT NULL,
            parameter text NOT NULL,
            kind text NOT NULL,
            level text NOT NULL,
            state text NOT NULL,
            started_at timestamptz NOT NULL,
            opened_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            condition_at timestamptz NOT NULL,
            clear_since timestamptz,
            value numeric,
            limit_value numeric,
            unit text,
            period text,
            message_vi text NOT NULL,
            message_en text NOT NULL,
            acknowledged_at timestamptz,
            acknowledged_by text,
            resolved_at timestamptz,
            resolved_by text,
            note text);
        CREATE UNIQUE INDEX alerts_one_unresolved ON alerts(station, parameter, kind) WHERE state <> 'resolved';
        CREATE INDEX alerts_key ON alerts(station, parameter, kind, id);
        CREATE INDEX alerts_updated ON alerts(updated_at);
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
