namespace GutAusgestattet.ServiceDefaults.Tenancy;

/// <summary>An attempt to read or write outside the current tenant, or without one.</summary>
public sealed class TenantScopeException(string message) : InvalidOperationException(message);
