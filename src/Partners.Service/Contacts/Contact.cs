using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Partners.Contacts;

/// <summary>Why the municipality may keep a contact person's data (GDPR Art. 6(1)).</summary>
public enum LegalBasis
{
    /// <summary>(a) the person agreed; the date of the consent is kept.</summary>
    Consent,

    /// <summary>(b) a contract with the person or steps towards one.</summary>
    Contract,

    /// <summary>(e) the municipality's public task (Daseinsvorsorge).</summary>
    PublicTask,

    /// <summary>(f) a legitimate interest, e.g. the person is the partner's published contact.</summary>
    LegitimateInterest,
}

/// <summary>A person at a partner. Personal data: exported on request (Art. 15) and erased on request (Art. 17).</summary>
public sealed class Contact : ITenantOwned
{
    public required Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required Guid PartnerId { get; init; }

    public required string Name { get; set; }

    public string? Role { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public LegalBasis LegalBasis { get; set; }

    /// <summary>When the consent was given, or the basis otherwise established.</summary>
    public DateOnly? BasisDate { get; set; }

    public DateTimeOffset RecordedAt { get; init; }

    public string? RecordedBy { get; init; }
}
