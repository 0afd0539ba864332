using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Inventory.Cooperations;

/// <summary>
/// What an agreement with a partner changed in the inventory, so that ending it can withdraw what
/// has not taken effect yet. An end that arrives first is kept too, so the late agreement is ignored.
/// An agreement with a last day also plans, for the day after, the end of what it added (<see cref="EndChangeId"/>).
/// </summary>
public sealed class Cooperation : ITenantOwned
{
    public Guid AgreementId { get; init; }

    public required string TenantId { get; init; }

    public Guid? OfferId { get; set; }

    /// <summary>The planned change of an existing offer; null when the agreement created a new offer.</summary>
    public Guid? PlannedChangeId { get; set; }

    /// <summary>
    /// The planned change that ends what the agreement added on the day after its last: the extended offer back as it was
    /// before, or the new offer withdrawn. Null when the agreement is open-ended.
    /// </summary>
    public Guid? EndChangeId { get; set; }

    public bool Ended { get; set; }
}
