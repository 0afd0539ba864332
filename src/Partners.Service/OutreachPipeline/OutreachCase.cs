using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Partners.OutreachPipeline;

/// <summary>
/// The approach to one partner about one or more gaps: its current stage and the due next step,
/// kept in step with the newest entry of its history (<see cref="OutreachStep"/>).
/// </summary>
public sealed class OutreachCase : ITenantOwned
{
    public required Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required Guid PartnerId { get; init; }

    public required List<string> GapKeys { get; init; }

    public OutreachStage Stage { get; set; }

    /// <summary>While declined or paused: the stage a reopen returns to.</summary>
    public OutreachStage? ResumeStage { get; set; }

    /// <summary>The number of the newest step; a second writer of the same number fails on the unique index.</summary>
    public int Steps { get; set; }

    public DateOnly? NextDue { get; set; }

    public string? NextOwner { get; set; }

    /// <summary>The co-operation agreement this agreed outreach led to; set once, when the agreement is recorded.</summary>
    public Guid? AgreementId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
