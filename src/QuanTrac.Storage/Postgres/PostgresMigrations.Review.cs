namespace QuanTrac.Storage.Postgres;

static partial class PostgresMigrations
{
    // Review (see SqliteSchema): rule sets as data, flag history for as-of reads, review actions and the audit log
    // chained with SHA-256. All append-only through quantrac_refuse_change().
    public const string Review =
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
        """;
}
