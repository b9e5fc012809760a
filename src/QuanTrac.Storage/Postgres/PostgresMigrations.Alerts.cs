namespace QuanTrac.Storage.Postgres;

static partial class PostgresMigrations
{
    // Alerts (see SqliteSchema): one unresolved alert per (station, parameter, kind), enforced by a partial unique index.
    public const string Alerts =
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
        """;
}
