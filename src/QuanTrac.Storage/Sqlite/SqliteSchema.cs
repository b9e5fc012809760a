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

        // 4: review — rule sets as data, flags as they stood (history), review actions, and the audit log chained with
        // SHA-256. All append-only: the triggers refuse UPDATE and DELETE as for the raw archive. Instants in Unix
        // milliseconds except observation times (from_at, to_at, observed_at: Unix seconds, like observations).
        """
        CREATE TABLE qc_rule_sets(
            id INTEGER PRIMARY KEY,
            version TEXT NOT NULL,
            document TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            created_by TEXT NOT NULL,
            reason TEXT NOT NULL);
        CREATE TRIGGER qc_rule_sets_no_update BEFORE UPDATE ON qc_rule_sets
            BEGIN SELECT RAISE(ABORT, 'qc_rule_sets is append-only'); END;
        CREATE TRIGGER qc_rule_sets_no_delete BEFORE DELETE ON qc_rule_sets
            BEGIN SELECT RAISE(ABORT, 'qc_rule_sets is append-only'); END;

        -- Flags a QC re-run replaced, with the instant they stopped being in force (as-of reads).
        CREATE TABLE qc_flag_history(
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
            superseded_at INTEGER NOT NULL);
        CREATE INDEX qc_flag_history_series ON qc_flag_history(station_id, rule_set_version, parameter, observed_at);
        CREATE TRIGGER qc_flag_history_no_update BEFORE UPDATE ON qc_flag_history
            BEGIN SELECT RAISE(ABORT, 'qc_flag_history is append-only'); END;
        CREATE TRIGGER qc_flag_history_no_delete BEFORE DELETE ON qc_flag_history
            BEGIN SELECT RAISE(ABORT, 'qc_flag_history is append-only'); END;

        CREATE TABLE review_actions(
            id INTEGER PRIMARY KEY,
            station_id INTEGER NOT NULL REFERENCES stations(id),
            parameter TEXT NOT NULL,
            from_at INTEGER NOT NULL,
            to_at INTEGER NOT NULL,
            kind TEXT NOT NULL,
            level INTEGER NOT NULL,
            user_name TEXT NOT NULL,
            reason TEXT,
            value TEXT,
            recorded_at INTEGER NOT NULL,
            audit_seq INTEGER NOT NULL);
        CREATE INDEX review_actions_series ON review_actions(station_id, parameter, id);
        CREATE TRIGGER review_actions_no_update BEFORE UPDATE ON review_actions
            BEGIN SELECT RAISE(ABORT, 'review_actions is append-only'); END;
        CREATE TRIGGER review_actions_no_delete BEFORE DELETE ON review_actions
            BEGIN SELECT RAISE(ABORT, 'review_actions is append-only'); END;

        CREATE TABLE audit_log(
            seq INTEGER PRIMARY KEY,
            recorded_at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            before TEXT NOT NULL,
            after TEXT NOT NULL,
            reason TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        """,

        // Proficiency testing (issue 7): scheme → round → measurand → participants → results → scores. A published round is
        // frozen (the store checks the status in every write's transaction). Instants in Unix milliseconds.
        // Reference-material checks of station analysers, evaluated when recorded; they feed the reference-check QC rule.
        """
        CREATE TABLE pt_schemes(
            code TEXT PRIMARY KEY,
            name_vi TEXT NOT NULL,
            name_en TEXT NOT NULL,
            min_consensus INTEGER NOT NULL,
            created_at INTEGER NOT NULL);
        CREATE TABLE pt_rounds(
            code TEXT PRIMARY KEY,
            scheme TEXT NOT NULL REFERENCES pt_schemes(code),
            title TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            computed_at INTEGER,
            published_at INTEGER);
        CREATE TABLE pt_measurands(
            round TEXT NOT NULL REFERENCES pt_rounds(code),
            code TEXT NOT NULL,
            matrix TEXT NOT NULL,
            parameter TEXT NOT NULL,
            unit TEXT NOT NULL,
            assigned_method TEXT NOT NULL,
            reference_value REAL,
            reference_u REAL,
            sigma_method TEXT NOT NULL,
            sigma_value REAL,
            allowed_deviation REAL,
            mass_fraction_per_unit REAL,
            assigned REAL,
            u_assigned REAL,
            sigma_pt REAL,
            p INTEGER,
            robust_mean REAL,
            robust_sd REAL,
            negligible INTEGER,
            PRIMARY KEY(round, code));
        -- lab is the laboratory's permanent identity; code the anonymous code printed on reports.
        CREATE TABLE pt_participants(
            round TEXT NOT NULL REFERENCES pt_rounds(code),
            code TEXT NOT NULL,
            lab TEXT NOT NULL,
            PRIMARY KEY(round, code),
            UNIQUE(round, lab));
        CREATE INDEX pt_participants_lab ON pt_participants(lab);
        -- value NULL with censored set: a "< LOD" result kept as reported, never scored.
        CREATE TABLE pt_results(
            round TEXT NOT NULL,
            measurand TEXT NOT NULL,
            participant TEXT NOT NULL,
            source_row INTEGER NOT NULL,
            value REAL,
            censored TEXT,
            u REAL,
            expanded_u REAL,
            k REAL,
            method TEXT,
            PRIMARY KEY(round, measurand, participant),
            FOREIGN KEY(round, measurand) REFERENCES pt_measurands(round, code),
            FOREIGN KEY(round, participant) REFERENCES pt_participants(round, code));
        CREATE TABLE pt_scores(
            round TEXT NOT NULL,
            measurand TEXT NOT NULL,
            participant TEXT NOT NULL,
            d REAL NOT NULL,
            d_percent REAL,
            z REAL NOT NULL,
            z_prime REAL NOT NULL,
            zeta REAL,
            en REAL,
            class TEXT NOT NULL,
            classified_on TEXT NOT NULL,
            zeta_class TEXT,
            en_class TEXT,
            d_class TEXT,
            PRIMARY KEY(round, measurand, participant));

        CREATE TABLE reference_checks(
            id INTEGER PRIMARY KEY,
            station TEXT NOT NULL,
            analyser TEXT NOT NULL,
            parameter TEXT NOT NULL,
            certified REAL NOT NULL,
            certified_u REAL,
            lot TEXT NOT NULL,
            temperature REAL,
            readings TEXT NOT NULL,
            mean REAL NOT NULL,
            error REAL NOT NULL,
            limit_value REAL NOT NULL,
            passed INTEGER NOT NULL,
            operator TEXT NOT NULL,
            checked_at INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL,
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
