using System.Reflection;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GutAusgestattet.ServiceHosting;

/// <summary>
/// A service's database as production has it (docs/operations.md, "Database roles"): migrated by a role that owns the
/// tables, used by <see cref="Role"/>, which may only read and write rows — no superuser, no owner, so the tenant wall
/// of row-level security binds it. The role is server-wide and shared by every test run; each database grants it anew.
/// </summary>
public static class ServiceDatabases
{
    /// <summary>The DML-only role the hosted services connect as.</summary>
    public const string Role = "gut_it_service";

    /// <summary>A context of <paramref name="contextType"/> (one of a service's DbContext flavours) without a tenant, as the services construct them.</summary>
    public static TenantDbContext Create(Type contextType, Action<DbContextOptionsBuilder> provider)
    {
        var options = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        provider(options);
        return (TenantDbContext)Activator.CreateInstance(contextType, options.Options, new TenantContext())!;
    }

    /// <summary>The PostgreSQL flavour of the service's DbContext in <paramref name="service"/> (named <c>PostgreSql…DbContext</c>).</summary>
    public static Type PostgreSqlContext(Assembly service) =>
        service.GetTypes().Single(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(TenantDbContext)) && t.Name.StartsWith("PostgreSql", StringComparison.Ordinal));

    /// <summary>
    /// Migrates the database as <paramref name="owner"/> (the migration Job's part) and grants <see cref="Role"/> its rights,
    /// as <c>--migrate</c> with <c>Database:ServiceRole</c> does.
    /// </summary>
    public static async Task MigrateAsync(Type contextType, string owner)
    {
        await using var db = Create(contextType, options => options.UseNpgsql(owner));
        await db.Database.MigrateAsync();
        await GrantAsync(db);
    }

    /// <summary>What regional IT and then the migration Job do for <see cref="Role"/> on <paramref name="owner"/>'s database.</summary>
    public static async Task GrantAsync(DbContext owner)
    {
        var database = owner.Database.GetDbConnection().Database;
        // Test runs start in parallel: whichever creates the role first wins, the others find it.
        var sql = $"""
            DO $$ BEGIN
                CREATE ROLE "{Role}" LOGIN PASSWORD '{Role}' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$;
            REVOKE ALL ON DATABASE "{database}" FROM PUBLIC;
            GRANT CONNECT ON DATABASE "{database}" TO "{Role}";
            {ServiceRoleGrants.Sql(DatabaseProvider.PostgreSql, Role)}
            """;
        await owner.Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary><paramref name="server"/>'s connection string, signed in as <see cref="Role"/>.</summary>
    public static string AsServiceRole(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database, Username = Role, Password = Role }.ConnectionString;
}
