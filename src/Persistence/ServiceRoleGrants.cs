using System.Text.RegularExpressions;

namespace GutAusgestattet.Persistence;

/// <summary>
/// What the role a service runs as (<c>Database:ServiceRole</c>) may do on the service's database:
/// read and write the rows of its tables, nothing else — no DDL, no ownership, not even the
/// migrations' history. Granted by the migration run (the role with DDL rights, which owns the
/// tables), every time, so tables a new migration adds are covered. On PostgreSQL also temporary
/// tables, which the bulk import stages its rows in (<see cref="BulkCopy"/>): the operations guide
/// revokes everything on the database from PUBLIC, that right included.
/// </summary>
public static partial class ServiceRoleGrants
{
    private const string History = "__EFMigrationsHistory";

    public static string Sql(DatabaseProvider provider, string role)
    {
        if (!RoleName().IsMatch(role))
            throw new InvalidOperationException($"Database:ServiceRole '{role}' is not a plain role name (letters, digits, underscores; at most 63).");
        return provider switch
        {
            DatabaseProvider.PostgreSql => $"""
                GRANT USAGE ON SCHEMA public TO "{role}";
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}";
                GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "{role}";
                REVOKE ALL ON "{History}" FROM "{role}";
                REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                DO $$ BEGIN EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO %I', current_database(), '{role}'); END $$;
                """,
            DatabaseProvider.SqlServer => $"""
                GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[dbo] TO [{role}];
                DENY SELECT, INSERT, UPDATE, DELETE ON [dbo].[{History}] TO [{role}];
                """,
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex RoleName();
}
