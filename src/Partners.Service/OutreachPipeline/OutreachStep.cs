using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Partners.OutreachPipeline;

/// <summary>
/// One entry of an outreach's history. It may name the contact person spoken to; when that person
/// is erased (Art. 17) the entry stays, marked <see cref="ContactErased"/>, and the note no longer
/// names them.
/// </summary>
public sealed class OutreachStep : ITenantOwned
{
    public required Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required Guid OutreachId { get; init; }

    public required int Number { get; init; }

    /// <summary>Null for the first step.</summary>
    public OutreachStage? From { get; init; }

    public OutreachStage To { get; init; }

    /// <summary>Whether this step was an explicit reopen from declined or paused.</summary>
    public bool Reopened { get; init; }

    /// <summary>The day the step happened (a call last Tuesday is recorded today).</summary>
    public DateOnly On { get; init; }

    public string? Note { get; set; }

    public required string Owner { get; init; }

    public DateOnly? NextDue { get; init; }

    public string? NextOwner { get; init; }

    public Guid? ContactId { get; set; }

    public bool ContactErased { get; set; }

    public DateTimeOffset RecordedAt { get; init; }

    public string? RecordedBy { get; init; }
}
