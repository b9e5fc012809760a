namespace QuanTrac.Storage.Postgres;

static partial class PostgresMigrations
{
    public const string Registry =
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
        """;
}
