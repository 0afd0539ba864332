using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.ServiceDefaults.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Inventory.Persistence;

public class InventoryDbContext(DbContextOptions options, TenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<Area> Areas => Set<Area>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Offer>(offer =>
        {
            offer.Property(o => o.Name).HasMaxLength(200);
            offer.Property(o => o.Category).HasMaxLength(40);
            offer.Property(o => o.AreaCode).HasMaxLength(32);
            offer.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
            offer.Property(o => o.Version).IsConcurrencyToken();
        });
        modelBuilder.ApplyConfiguration(new AreaConfiguration());
    }
}

/// <summary>The PostgreSQL flavour, with its own migrations.</summary>
public sealed class PostgreSqlInventoryDbContext(DbContextOptions<PostgreSqlInventoryDbContext> options, TenantContext tenant)
    : InventoryDbContext(options, tenant);

/// <summary>The SQL Server flavour, with its own migrations.</summary>
public sealed class SqlServerInventoryDbContext(DbContextOptions<SqlServerInventoryDbContext> options, TenantContext tenant)
    : InventoryDbContext(options, tenant);

internal sealed class PostgreSqlDesignTimeFactory : PostgreSqlDesignTimeFactory<PostgreSqlInventoryDbContext>;

internal sealed class SqlServerDesignTimeFactory : SqlServerDesignTimeFactory<SqlServerInventoryDbContext>;
