namespace GutAusgestattet.ServiceDefaults.Tenancy;

/// <summary>
/// The tenant the current unit of work (an HTTP request or a consumed message) runs for.
/// Scoped; set once from the token or the message, never switched within a scope.
/// </summary>
public sealed class TenantContext
{
    private Ags? _tenant;
    private int _acrossTenants;

    public Ags? Tenant => _tenant;

    /// <summary>The tenant's AGS, or null when the scope has none: then tenant-owned data is invisible.</summary>
    public string? TenantId => _tenant?.Value;

    public Ags Required => _tenant ?? throw new TenantScopeException("This operation needs a tenant, and the current scope has none.");

    /// <summary>Whether the scope has lifted the database's tenant wall for a moment (see <see cref="OpenAcrossTenants"/>).</summary>
    public bool AcrossTenants => _acrossTenants > 0;

    public void Set(Ags tenant)
    {
        if (_tenant is { } current && current != tenant)
            throw new TenantScopeException($"The scope already runs for tenant {current}; it cannot switch to {tenant}.");
        _tenant = tenant;
    }

    /// <summary>
    /// Until the result is disposed, the database lets this scope's connections see and change every
    /// tenant's rows. Only for the few code paths whose job spans tenants, each next to an
    /// <c>IgnoreQueryFilters</c>; opened through <c>TenantDbContext.AcrossTenants</c>.
    /// </summary>
    internal IDisposable OpenAcrossTenants()
    {
        _acrossTenants++;
        return new Closing(this);
    }

    private sealed class Closing(TenantContext context) : IDisposable
    {
        private bool _closed;

        public void Dispose()
        {
            if (_closed) return;
            _closed = true;
            context._acrossTenants--;
        }
    }
}
