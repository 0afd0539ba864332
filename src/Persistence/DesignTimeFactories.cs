using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GutAusgestattet.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> build each provider's context without a running server: migrations are
/// generated from the model alone, so the connection strings are never opened.
/// </summary>
public abstract class PostgreSqlDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        Create<TContext>(new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=design").Options);

    internal static T Create<T>(DbContextOptions<T> options) where T : DbContext =>
        (T)Activator.CreateInstance(typeof(T), options, new TenantContext())!;
}

public abstract class SqlServerDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        PostgreSqlDesignTimeFactory<TContext>.Create(new DbContextOptionsBuilder<TContext>().UseSqlServer("Server=localhost;Database=design").Options);
}
