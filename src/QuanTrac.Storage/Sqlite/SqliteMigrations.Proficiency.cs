namespace QuanTrac.Storage.Sqlite;

static partial class SqliteMigrations
{
    // Proficiency testing (issue 7): scheme → round → measurand → participants → results → scores. A published round is
    // frozen (the store checks the status in every write's transaction). Instants in Unix milliseconds.
    // Reference-material checks of station analysers, evaluated when recorded; they feed the reference-check QC rule.
    public const string Proficiency =
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
        """;
}
