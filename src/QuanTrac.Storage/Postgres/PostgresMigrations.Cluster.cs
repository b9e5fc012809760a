namespace QuanTrac.Storage.Postgres;

static partial class PostgresMigrations
{
    // Several nodes on one database: claims on shared-inbox files and leader leases for periodic jobs.
    public const string Cluster =
        """
        CREATE TABLE intake_claims(
            path text PRIMARY KEY,
            node text NOT NULL,
            claimed_at timestamptz NOT NULL,
            lease_until timestamptz NOT NULL);
        CREATE INDEX intake_claims_node ON intake_claims(node);
        CREATE INDEX intake_claims_lease_until ON intake_claims(lease_until);

        CREATE TABLE leader_leases(
            name text PRIMARY KEY,
            holder text NOT NULL,
            until timestamptz NOT NULL);
        """;
}
