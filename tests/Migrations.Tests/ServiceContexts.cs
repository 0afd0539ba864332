using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceHosting;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Migrations.Tests;

/// <summary>Every service's DbContext flavour, per provider, as the services register them.</summary>
public static class ServiceContexts
{
    public static readonly Type[] PostgreSql =
    [
        typeof(Surveys.Persistence.PostgreSqlSurveysDbContext),
        typeof(Inventory.Persistence.PostgreSqlInventoryDbContext),
        typeof(Gaps.Persistence.PostgreSqlGapsDbContext),
        typeof(Partners.Persistence.PostgreSqlPartnersDbContext),
    ];

    public static readonly Type[] SqlServer =
    [
        typeof(Surveys.Persistence.SqlServerSurveysDbContext),
        typeof(Inventory.Persistence.SqlServerInventoryDbContext),
        typeof(Gaps.Persistence.SqlServerGapsDbContext),
        typeof(Partners.Persistence.SqlServerPartnersDbContext),
    ];

    public static TheoryData<string> Names(Type[] contexts) => new(contexts.Select(c => c.FullName!));

    public static TenantDbContext Create(string contextName, Action<DbContextOptionsBuilder> provider) =>
        ServiceDatabases.Create(PostgreSql.Concat(SqlServer).Single(t => t.FullName == contextName), provider);
}
