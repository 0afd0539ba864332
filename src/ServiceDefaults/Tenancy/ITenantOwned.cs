namespace GutAusgestattet.ServiceDefaults.Tenancy;

/// <summary>A row that belongs to one municipality; queries see only the current tenant's rows.</summary>
public interface ITenantOwned
{
    string TenantId { get; }
}
