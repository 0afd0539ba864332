using System.Linq.Expressions;
using GutAusgestattet.ServiceDefaults.Messaging;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.ServiceDefaults.Persistence;

/// <summary>
/// Base of every service's DbContext: each <see cref="ITenantOwned"/> entity is filtered to the
/// current tenant on every query, and saving a row of another tenant, or any tenant-owned row
/// while the scope has no tenant, throws before anything reaches the database.
/// </summary>
public abstract class TenantDbContext(DbContextOptions options, TenantContext tenant) : DbContext(options)
{
    /// <summary>Read by the query filters on every query, so one model serves all tenants.</summary>
    public string? CurrentTenantId => tenant.TenantId;

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        // Every service publishes through its own outbox, so every service model carries its tables.
        modelBuilder.AddOutboxModel();
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (!typeof(ITenantOwned).IsAssignableFrom(entity.ClrType) || entity.BaseType is not null) continue;
            modelBuilder.Entity(entity.ClrType).Property(nameof(ITenantOwned.TenantId)).HasMaxLength(8).IsRequired();
            modelBuilder.Entity(entity.ClrType).HasIndex(nameof(ITenantOwned.TenantId));
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(TenantFilter(entity.ClrType));
        }
    }

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void GuardTenant()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            var current = CurrentTenantId
                ?? throw new TenantScopeException($"Cannot save {entry.Metadata.ClrType.Name}: the current scope has no tenant.");
            var owner = entry.Entity.TenantId;
            if (string.IsNullOrEmpty(owner))
                throw new TenantScopeException($"Cannot save {entry.Metadata.ClrType.Name} without a tenant.");
            if (owner != current)
                throw new TenantScopeException($"Cannot save {entry.Metadata.ClrType.Name} of tenant {owner} while running for tenant {current}.");
        }
    }

    private LambdaExpression TenantFilter(Type entityType)
    {
        var row = Expression.Parameter(entityType, "row");
        var owner = Expression.Property(row, nameof(ITenantOwned.TenantId));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentTenantId));
        return Expression.Lambda(Expression.Equal(owner, current), row);
    }
}
