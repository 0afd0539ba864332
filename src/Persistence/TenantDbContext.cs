using System.Linq.Expressions;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Persistence;

/// <summary>
/// Base of every service's DbContext: each <see cref="ITenantOwned"/> entity is filtered to the
/// current tenant on every query, and saving a row of another tenant, or any tenant-owned row
/// while the scope has no tenant, throws before anything reaches the database. New rows can be
/// staged outside the change tracker for a bulk writer (<see cref="StageAddedRows"/>), under the same guard.
/// </summary>
public abstract class TenantDbContext(DbContextOptions options, TenantContext tenant) : DbContext(options)
{
    private StagedRows? _staged;

    /// <summary>Read by the query filters on every query, so one model serves all tenants.</summary>
    public string? CurrentTenantId => tenant.TenantId;

    /// <summary>
    /// Lifts the database's tenant wall (<see cref="TenantRowSecurity"/>) for this scope until the
    /// result is disposed. Only for work whose job spans tenants and that says so with
    /// <c>IgnoreQueryFilters</c> as well; everywhere else a missing filter must find the wall.
    /// </summary>
    public IDisposable AcrossTenants() => tenant.OpenAcrossTenants();

    /// <summary>What the connection's session setting must say now.</summary>
    internal string WantedSession => TenantRowSecurity.SessionValue(tenant.TenantId, tenant.AcrossTenants);

    /// <summary>What <see cref="TenantSessionInterceptor"/> last set on the open connection; null when unknown.</summary>
    internal string? AppliedSession { get; set; }

    // Here rather than at each registration, so no context of this kind can miss the database's tenant wall.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(TenantSessionInterceptor.Instance);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (!typeof(ITenantOwned).IsAssignableFrom(entity.ClrType) || entity.BaseType is not null) continue;
            modelBuilder.Entity(entity.ClrType).Property(nameof(ITenantOwned.TenantId)).HasMaxLength(8).IsRequired();
            modelBuilder.Entity(entity.ClrType).HasIndex(nameof(ITenantOwned.TenantId));
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(TenantFilter(entity.ClrType));
        }
    }

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>
    /// Adds a new row: to the change tracker for <c>SaveChanges</c>, or, while <see cref="StageAddedRows"/>
    /// is on, to the staging for a bulk writer. The one way new rows of the shared paths (lifecycle,
    /// history, outbox) are added, so a bulk import runs exactly the code a single request runs.
    /// </summary>
    public void AddRow(object entity)
    {
        if (_staged is { } staged) staged.Add(entity);
        else Add(entity);
    }

    /// <summary>Whether a row given to <see cref="AddRow"/> is still waiting to be written (staged, or tracked as added).</summary>
    public bool IsAddPending(object entity) => _staged?.Contains(entity) == true || Entry(entity).State == EntityState.Added;

    /// <summary>
    /// From now on <see cref="AddRow"/> stages new rows outside the change tracker until the result is
    /// disposed; the caller writes them itself (<see cref="TakeStagedRows"/>) in its transaction.
    /// </summary>
    public IDisposable StageAddedRows()
    {
        if (_staged is not null) throw new InvalidOperationException("New rows are staged already.");
        _staged = new StagedRows();
        return new Staging(this);
    }

    /// <summary>The rows staged so far, after the tenant guard; staging goes on with an empty set.</summary>
    public StagedRows TakeStagedRows()
    {
        var rows = _staged ?? throw new InvalidOperationException("No rows are staged: call StageAddedRows first.");
        foreach (var (type, table) in rows.Tables)
            if (typeof(ITenantOwned).IsAssignableFrom(type))
                foreach (ITenantOwned row in table)
                    GuardTenant(type, row.TenantId);
        _staged = new StagedRows();
        return rows;
    }

    private sealed class Staging(TenantDbContext db) : IDisposable
    {
        public void Dispose() => db._staged = null;
    }

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
        // Staged rows are written by their bulk writer, never by SaveChanges: saving now would commit without them.
        if (_staged is { Count: > 0 }) throw new InvalidOperationException("Rows are staged but not taken: write them before saving.");
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
            if (entry.State is not (EntityState.Unchanged or EntityState.Detached))
                GuardTenant(entry.Metadata.ClrType, entry.Entity.TenantId);
    }

    private void GuardTenant(Type type, string? owner)
    {
        var current = CurrentTenantId
            ?? throw new TenantScopeException($"Cannot save {type.Name}: the current scope has no tenant.");
        if (string.IsNullOrEmpty(owner))
            throw new TenantScopeException($"Cannot save {type.Name} without a tenant.");
        if (owner != current)
            throw new TenantScopeException($"Cannot save {type.Name} of tenant {owner} while running for tenant {current}.");
    }

    private LambdaExpression TenantFilter(Type entityType)
    {
        var row = Expression.Parameter(entityType, "row");
        var owner = Expression.Property(row, nameof(ITenantOwned.TenantId));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentTenantId));
        return Expression.Lambda(Expression.Equal(owner, current), row);
    }
}
