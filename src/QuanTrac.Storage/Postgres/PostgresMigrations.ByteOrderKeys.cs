namespace QuanTrac.Storage.Postgres;

static partial class PostgresMigrations
{
    // Byte-order comparison for the registry's text keys: every file inserts into the unique index (name, sha256)
    // and the archive's primary key, and under a libc locale (C.UTF-8, en_US) each comparison was a strcoll call.
    // Hex hashes and station file names are ASCII, equality is unchanged, and byte order is the order SQLite uses.
    // No table rewrite: only the three indexes are rebuilt.
    public const string ByteOrderKeys =
        """
        ALTER TABLE raw_archive ALTER COLUMN sha256 TYPE text COLLATE "C";
        DROP TRIGGER files_sha256_fixed ON files; -- names the column; recreated unchanged
        ALTER TABLE files ALTER COLUMN name TYPE text COLLATE "C", ALTER COLUMN sha256 TYPE text COLLATE "C";
        CREATE TRIGGER files_sha256_fixed BEFORE UPDATE OF sha256 ON files
            FOR EACH ROW WHEN (NEW.sha256 IS DISTINCT FROM OLD.sha256) EXECUTE FUNCTION quantrac_files_sha256_fixed();
        """;
}
