namespace QuanTrac.Storage.Sqlite;

static partial class SqliteMigrations
{
    // 3: automatic QC flags — derived data: a re-run over a range replaces that range's flags of the same rule set.
    // observed_at in Unix seconds like observations, evaluated_at in Unix milliseconds.
    public const string QcFlags =
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
        """;
}
