using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Inventory.Cooperations;

/// <summary>
/// What an agreement with a partner changed in the inventory, so that ending it can withdraw what
/// has not taken effect yet. An end that arrives first is kept too, so the late agreement is ignored.
/// </summary>
public sealed class Cooperation : ITenantOwned
{
    public Guid AgreementId { get; init; }

    public required string TenantId { get; init; }

    public Guid? OfferId { get; set; }

    /// <summary>The planned change of an existing offer; null when the agreement created a new offer.</summary>
    public Guid? PlannedChangeId { get; set; }

    public bool Ended { get; set; }
}
