namespace QuanTrac.Storage.Sqlite;

static partial class SqliteMigrations
{
    // 4: review — rule sets as data, flags as they stood (history), review actions, and the audit log chained with
    // SHA-256. All append-only: the triggers refuse UPDATE and DELETE as for the raw archive. Instants in Unix
    // milliseconds except observation times (from_at, to_at, observed_at: Unix seconds, like observations).
    public const string Review =
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
        """;
}
