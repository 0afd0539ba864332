using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>
/// A response Gaps has heard of — reported, withdrawn, retired, or several in any order. A withdrawn or
/// retired one is kept (an id, nothing else) so that its NeedsReported, arriving late or again in a
/// replay, cannot bring the demand back — for a retired one, as an answer of its own beside the totals.
/// </summary>
public sealed class ReportedResponse : ITenantOwned
{
    public Guid ResponseId { get; init; }

    public required string TenantId { get; init; }

    public bool Withdrawn { get; set; }

    /// <summary>Its retention period passed (<c>AnswersRetired</c>): its demand is held only within totals, under no id of its own.</summary>
    public bool Retired { get; set; }

    /// <summary>
    /// Bumped by every unit of work on the response (a concurrency token): a report and a withdrawal
    /// consumed at once would otherwise miss each other, and the withdrawn demand would stay.
    /// </summary>
    public int Claims { get; set; }
}
