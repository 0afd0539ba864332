namespace GutAusgestattet.Contracts;

/// <summary>
/// Every integration event belongs to exactly one municipality (tenant), named by its
/// 8-digit Amtlicher Gemeindeschlüssel. The same value travels in the <c>tenant</c> header.
/// </summary>
public interface ITenantEvent
{
    /// <summary>The tenant's 8-digit Amtlicher Gemeindeschlüssel (AGS), e.g. <c>09162000</c>.</summary>
    string TenantId { get; }
}
