using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>
/// A response its respondent withdrew. Kept (an id, nothing else) so that its NeedsReported, should
/// it arrive late or again in a replay, cannot bring the demand back.
/// </summary>
public sealed class WithdrawnResponse : ITenantOwned
{
    public Guid ResponseId { get; init; }

    public required string TenantId { get; init; }
}
