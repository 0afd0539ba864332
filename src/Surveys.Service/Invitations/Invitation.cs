using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Surveys.Invitations;

/// <summary>
/// A one-time code printed on a letter to one household. Only its hash is kept: the planner sees
/// the codes once, when the batch is made, and a leaked database cannot be used to answer.
/// </summary>
public sealed class Invitation : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    public Guid SurveyId { get; init; }

    public required string CodeHash { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    /// <summary>Set once, by the answer that used the code; a concurrency token, so two answers cannot both use it.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}
