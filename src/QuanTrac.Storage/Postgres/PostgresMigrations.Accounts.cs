namespace QuanTrac.Storage.Postgres;

static partial class PostgresMigrations
{
    // Accounts: console users (Identity password hashes, lockout counters) and hashed API / station upload keys.
    // Instants in Unix milliseconds in both stores, so one SQL (Common/AccountRows) serves both.
    public const string Accounts =
        """
        CREATE TABLE users(
            id TEXT PRIMARY KEY,
            user_name TEXT NOT NULL,
            normalized_user_name TEXT NOT NULL UNIQUE,
            password_hash TEXT,
            security_stamp TEXT NOT NULL,
            roles TEXT NOT NULL,
            province TEXT,
            facility TEXT,
            lab TEXT,
            access_failed_count BIGINT NOT NULL,
            lockout_end BIGINT,
            lockout_enabled BIGINT NOT NULL);
        CREATE TABLE api_keys(
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            key_hash TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL,
            station TEXT,
            created_at BIGINT NOT NULL,
            revoked_at BIGINT);
        """;
}
