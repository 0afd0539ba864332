using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GutAusgestattet.Persistence;

/// <summary>
/// The database's own tenant wall, behind the EF query filters: every table with a <c>TenantId</c>
/// column shows and accepts only the rows of the tenant the connection's session names, so a
/// forgotten filter or a raw query still cannot cross tenants. The session names the tenant of the
/// current unit of work (<see cref="TenantSessionInterceptor"/>), <see cref="AllTenants"/> while a
/// cross-tenant job has opened <c>TenantDbContext.AcrossTenants</c>, or nothing — and then no
/// tenant's row is visible. PostgreSQL: a row-level security policy on <c>current_setting</c>,
/// forced so that it binds the tables' owner too; SQL Server: a security policy on <c>SESSION_CONTEXT</c>.
/// </summary>
public static class TenantRowSecurity
{
    /// <summary>The PostgreSQL session setting (and SQL Server session-context key) naming the tenant.</summary>
    public const string Setting = "app.tenant";

    /// <summary>The setting's value that opens every tenant's rows.</summary>
    public const string AllTenants = "*";

    /// <summary>The PostgreSQL policy on each table, and the prefix of each SQL Server security policy.</summary>
    public const string PolicyName = "tenant_wall";

    /// <summary>Sets the session's tenant on PostgreSQL (parameter <c>@tenant</c>): session-wide, so it holds outside a transaction too.</summary>
    public const string PostgreSqlSession = $"SELECT set_config('{Setting}', @tenant, false)";

    /// <summary>Sets the session's tenant on SQL Server (parameter <c>@tenant</c>); the connection pool clears it on reuse.</summary>
    public const string SqlServerSession = $"EXEC sp_set_session_context @key = N'{Setting}', @value = @tenant";

    private const string SqlServerPredicate = "[dbo].[TenantWallPredicate]";

    /// <summary>
    /// Puts the tenant wall on <paramref name="tables"/>, each with a <c>TenantId</c> column. A
    /// migration that creates such a table calls this for it, after creating it (the migration tests
    /// fail otherwise).
    /// </summary>
    public static MigrationBuilder AddTenantRowSecurity(this MigrationBuilder migrationBuilder, params string[] tables)
    {
        if (migrationBuilder.IsNpgsql())
        {
            var visible = $"current_setting('{Setting}', true)";
            foreach (var table in tables)
                migrationBuilder.Sql($"""
                    ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY;
                    ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY;
                    CREATE POLICY {PolicyName} ON "{table}" USING ("TenantId" = {visible} OR {visible} = '{AllTenants}');
                    """);
        }
        else if (migrationBuilder.IsSqlServer())
        {
            // One predicate function for all tables, made by the first migration that needs it; CREATE FUNCTION must start its batch, hence EXEC.
            var visible = $"CAST(SESSION_CONTEXT(N''{Setting}'') AS nvarchar(8))";
            migrationBuilder.Sql($"""
                IF OBJECT_ID(N'{SqlServerPredicate}', N'IF') IS NULL
                    EXEC(N'CREATE FUNCTION {SqlServerPredicate}(@TenantId nvarchar(8)) RETURNS TABLE WITH SCHEMABINDING AS RETURN SELECT 1 AS [Visible] WHERE @TenantId = {visible} OR {visible} = N''{AllTenants}''');
                """);
            foreach (var table in tables)
                migrationBuilder.Sql($"""
                    CREATE SECURITY POLICY [dbo].[{SqlServerPolicy(table)}]
                        ADD FILTER PREDICATE {SqlServerPredicate}([TenantId]) ON [dbo].[{table}],
                        ADD BLOCK PREDICATE {SqlServerPredicate}([TenantId]) ON [dbo].[{table}] AFTER INSERT,
                        ADD BLOCK PREDICATE {SqlServerPredicate}([TenantId]) ON [dbo].[{table}] AFTER UPDATE
                        WITH (STATE = ON);
                    """);
        }
        else throw Unsupported(migrationBuilder);
        return migrationBuilder;
    }

    /// <summary>
    /// Puts the tenant wall on a child <paramref name="table"/> without a <c>TenantId</c> of its own (e.g. an owned
    /// collection's table): a row is visible, and may be written, only while its owner's row (in
    /// <paramref name="ownerTable"/>, by <paramref name="foreignKey"/>, of SQL Server type <paramref name="keyType"/>) is —
    /// that is, behind the owner's wall.
    /// </summary>
    public static MigrationBuilder AddOwnerRowSecurity(
        this MigrationBuilder migrationBuilder, string table, string foreignKey, string ownerTable, string ownerKey = "Id", string keyType = "uniqueidentifier")
    {
        if (migrationBuilder.IsNpgsql())
            migrationBuilder.Sql($"""
                ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY;
                ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY;
                CREATE POLICY {PolicyName} ON "{table}" USING (EXISTS (SELECT 1 FROM "{ownerTable}" o WHERE o."{ownerKey}" = "{table}"."{foreignKey}"));
                """);
        else if (migrationBuilder.IsSqlServer())
        {
            // The owner's own policy filters the function's read of it, so the child sees what the owner's wall lets through.
            var function = $"[dbo].[{PolicyName}_{table}_owner]";
            migrationBuilder.Sql($"""
                IF OBJECT_ID(N'{function}', N'IF') IS NULL
                    EXEC(N'CREATE FUNCTION {function}(@Owner {keyType}) RETURNS TABLE WITH SCHEMABINDING AS RETURN SELECT 1 AS [Visible] FROM [dbo].[{ownerTable}] o WHERE o.[{ownerKey}] = @Owner');
                """);
            migrationBuilder.Sql($"""
                CREATE SECURITY POLICY [dbo].[{SqlServerPolicy(table)}]
                    ADD FILTER PREDICATE {function}([{foreignKey}]) ON [dbo].[{table}],
                    ADD BLOCK PREDICATE {function}([{foreignKey}]) ON [dbo].[{table}] AFTER INSERT,
                    ADD BLOCK PREDICATE {function}([{foreignKey}]) ON [dbo].[{table}] AFTER UPDATE
                    WITH (STATE = ON);
                """);
        }
        else throw Unsupported(migrationBuilder);
        return migrationBuilder;
    }

    /// <summary>
    /// Takes the tenant wall off <paramref name="tables"/>: before dropping a table, or changing its
    /// <c>TenantId</c> column (SQL Server refuses both while a security policy binds the table).
    /// </summary>
    public static MigrationBuilder DropTenantRowSecurity(this MigrationBuilder migrationBuilder, params string[] tables)
    {
        foreach (var table in tables)
        {
            if (migrationBuilder.IsNpgsql())
                migrationBuilder.Sql($"""
                    DROP POLICY IF EXISTS {PolicyName} ON "{table}";
                    ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY;
                    ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY;
                    """);
            else if (migrationBuilder.IsSqlServer())
                migrationBuilder.Sql($"DROP SECURITY POLICY IF EXISTS [dbo].[{SqlServerPolicy(table)}];");
            else throw Unsupported(migrationBuilder);
        }
        return migrationBuilder;
    }

    /// <summary>The SQL Server security policy of <paramref name="table"/>.</summary>
    public static string SqlServerPolicy(string table) => $"{PolicyName}_{table}";

    /// <summary>What the session setting says for a scope: its tenant, all tenants, or none ("").</summary>
    internal static string SessionValue(string? tenantId, bool acrossTenants) => acrossTenants ? AllTenants : tenantId ?? "";

    private static NotSupportedException Unsupported(MigrationBuilder migrationBuilder) =>
        new($"No tenant wall for {migrationBuilder.ActiveProvider}.");
}
