namespace GutAusgestattet.ServiceDefaults.Tenancy;

/// <summary>
/// The tenant the current unit of work (an HTTP request or a consumed message) runs for.
/// Scoped; set once from the token or the message, never switched within a scope.
/// </summary>
public sealed class TenantContext
{
    private Ags? _tenant;

    public Ags? Tenant => _tenant;

    /// <summary>The tenant's AGS, or null when the scope has none: then tenant-owned data is invisible.</summary>
    public string? TenantId => _tenant?.Value;

    public Ags Required => _tenant ?? throw new TenantScopeException("This operation needs a tenant, and the current scope has none.");

    public void Set(Ags tenant)
    {
        if (_tenant is { } current && current != tenant)
            throw new TenantScopeException($"The scope already runs for tenant {current}; it cannot switch to {tenant}.");
        _tenant = tenant;
    }
}
