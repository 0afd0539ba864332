using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.Inventory.Cooperations;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Import;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.Messaging;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Inventory.Persistence;

public class InventoryDbContext(DbContextOptions options, TenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<Facility> Facilities => Set<Facility>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<PlannedChange> PlannedChanges => Set<PlannedChange>();

    public DbSet<Cooperation> Cooperations => Set<Cooperation>();

    public DbSet<OfferHistoryEntry> OfferHistory => Set<OfferHistoryEntry>();

    public DbSet<Area> Areas => Set<Area>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // Every service publishes through its own outbox, so every service model carries its tables.
        modelBuilder.AddOutboxModel();
        modelBuilder.Entity<Cooperation>(cooperation => cooperation.HasKey(c => c.AgreementId));

        modelBuilder.Entity<Facility>(facility =>
        {
            facility.Property(f => f.Name).HasMaxLength(200);
            facility.Property(f => f.Address).HasMaxLength(300);
            facility.Property(f => f.AreaCode).HasMaxLength(32);
            facility.Property(f => f.OperatorType).HasConversion<string>().HasMaxLength(16);
            facility.Property(f => f.Key).HasMaxLength(KeyRules.MaxLength);
            // Unique when set (a filtered index on SQL Server, NULLs distinct on PostgreSQL).
            facility.HasIndex(f => new { f.TenantId, f.Key }).IsUnique();
        });
        modelBuilder.Entity<Offer>(offer =>
        {
            // Details and history changes are immutable records, replaced as a whole, never edited in place.
            offer.Property(o => o.Details).HasJsonConversion(immutable: true);
            offer.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
            offer.Property(o => o.Version).IsConcurrencyToken();
            offer.Property(o => o.Key).HasMaxLength(KeyRules.MaxLength);
            offer.HasIndex(o => new { o.TenantId, o.Key }).IsUnique();
            offer.HasMany(o => o.PlannedChanges).WithOne().HasForeignKey(c => c.OfferId);
            offer.HasIndex(o => new { o.Status, o.EffectiveFrom });
        });
        modelBuilder.Entity<PlannedChange>(change =>
        {
            change.Property(c => c.Details).HasJsonConversion();
            change.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            change.HasIndex(c => new { c.Status, c.EffectiveFrom });
        });
        modelBuilder.Entity<OfferHistoryEntry>(entry =>
        {
            entry.Property(e => e.By).HasMaxLength(200);
            entry.Property(e => e.Action).HasMaxLength(100);
            entry.Property(e => e.Changes).HasJsonConversion(immutable: true);
            entry.HasIndex(e => new { e.TenantId, e.OfferId, e.At });
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
