namespace QuanTrac.Storage.Postgres;

static partial class PostgresMigrations
{
    // Per-station reading settings (Domain/Stations/StationFileReading): 0/1 integers, read and written by the SQL
    // both stores share (Common/StationRows).
    public const string StationReading =
        """
        ALTER TABLE stations ADD COLUMN read_strict INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE stations ADD COLUMN read_decimal_comma INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE stations ADD COLUMN legacy_name INTEGER NOT NULL DEFAULT 0;
        """;
}
