using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Surveys.Employers;

/// <summary>
/// An agreement that reserves places for partners' staff (Belegplätze), as Partners announced it: while it runs, its partners are the
/// employers a household may name (<see cref="Employers"/>), since the gap engine serves only their staff with the reserved places. An end
/// that arrives before the agreement is kept too, so the late agreement is ignored.
/// </summary>
public sealed class ReservingAgreement : ITenantOwned
{
    public Guid AgreementId { get; init; }

    public required string TenantId { get; init; }

    /// <summary>The partners whose staff the places are reserved for, by name.</summary>
    public List<ReservingEmployer> Employers { get; init; } = [];

    public bool Ended { get; set; }
}

/// <summary>A partner whose staff have places reserved, with the name a household knows it by.</summary>
public sealed class ReservingEmployer
{
    public Guid PartnerId { get; init; }

    public required string Name { get; init; }
}
