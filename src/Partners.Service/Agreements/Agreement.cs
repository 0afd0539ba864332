using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Partners.Agreements;

public enum AgreementStatus
{
    Active,
    Ended,

    /// <summary>Inventory could not apply the terms and applied none of them (<see cref="AgreementTermsRejected"/>): nothing is planned from it.</summary>
    Rejected,
}

/// <summary>
/// A co-operation agreed with one or more partners to close gaps. The terms are kept as they were
/// announced in <see cref="CooperationAgreed"/>, so what Inventory planned can always be traced back.
/// </summary>
public sealed class Agreement : ITenantOwned
{
    public required Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required string Kind { get; init; }

    public required List<Guid> PartnerIds { get; init; }

    public required List<string> GapKeys { get; init; }

    public required CooperationTerms Terms { get; init; }

    /// <summary>The agreed outreach that led to it, if any.</summary>
    public Guid? OutreachId { get; init; }

    public AgreementStatus Status { get; set; }

    public DateOnly? EndedOn { get; set; }

    /// <summary>Why the inventory rejected the terms; set with <see cref="AgreementStatus.Rejected"/> only.</summary>
    public TermsRejection? Rejection { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    /// <param name="partnerNames">The partners' names in the order of <see cref="PartnerIds"/>: a survey offers a partner with reserved
    /// places as an employer by its name.</param>
    public CooperationAgreed Agreed(IReadOnlyList<string> partnerNames) => new(TenantId, Id, Kind, PartnerIds, GapKeys, Terms, partnerNames);
}
