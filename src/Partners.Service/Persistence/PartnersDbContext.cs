using GutAusgestattet.Partners.Outreach;
using GutAusgestattet.ServiceDefaults.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Persistence;

public class PartnersDbContext(DbContextOptions options, TenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<OutreachGap> Gaps => Set<OutreachGap>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutreachGap>(gap =>
        {
            gap.HasKey(g => new { g.TenantId, g.GapKey });
            gap.Property(g => g.GapKey).HasMaxLength(120);
            gap.Property(g => g.Category).HasMaxLength(40);
            gap.Property(g => g.AreaCode).HasMaxLength(32);
            gap.Property(g => g.Kind).HasMaxLength(16);
        });
    }
}

/// <summary>The PostgreSQL flavour, with its own migrations.</summary>
public sealed class PostgreSqlPartnersDbContext(DbContextOptions<PostgreSqlPartnersDbContext> options, TenantContext tenant)
    : PartnersDbContext(options, tenant);

/// <summary>The SQL Server flavour, with its own migrations.</summary>
public sealed class SqlServerPartnersDbContext(DbContextOptions<SqlServerPartnersDbContext> options, TenantContext tenant)
    : PartnersDbContext(options, tenant);

internal sealed class PostgreSqlDesignTimeFactory : PostgreSqlDesignTimeFactory<PostgreSqlPartnersDbContext>;

internal sealed class SqlServerDesignTimeFactory : SqlServerDesignTimeFactory<SqlServerPartnersDbContext>;
