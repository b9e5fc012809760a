namespace QuanTrac.Storage.Postgres;

static partial class PostgresMigrations
{
    // Automatic QC flags (see SqliteSchema): derived, a re-run over a range replaces that range's flags of the same rule set.
    public const string QcFlags =
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
        """;
}
