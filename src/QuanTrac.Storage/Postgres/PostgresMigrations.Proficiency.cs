namespace QuanTrac.Storage.Postgres;

static partial class PostgresMigrations
{
    // Proficiency testing (issue 7): scheme → round → measurand → participants → results → scores. A published round is
    // frozen (the store checks the status in every write's transaction). Instants as timestamptz.
    // Reference-material checks of station analysers, evaluated when recorded; they feed the reference-check QC rule.
    public const string Proficiency =
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
        """;
}
