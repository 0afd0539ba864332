using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>Partners.Service: the partner registry with its contact persons, a partner's outreach and agreements (the outreach board: <see cref="OutreachClient"/>).</summary>
public sealed class PartnersClient(HttpClient http, ILogger<PartnersClient> log) : ServiceClient(http, log, PlatformService.Partners)
{
    public Task<ServiceResult<List<Partner>>> PartnersAsync(CancellationToken ct) => GetAsync<List<Partner>>("/api/partners", ct);

    public Task<ServiceResult<Partner>> PartnerAsync(Guid id, CancellationToken ct) => GetAsync<Partner>($"/api/partners/{id}", ct);

    /// <summary>Refused, the problem names the field (<c>sector</c>, <c>sites[0].latitude</c>), or <c>name</c>/<c>tradeRegisterNumber</c> for a partner already known.</summary>
    public Task<ServiceResult<Partner>> RegisterPartnerAsync(PartnerChange partner, CancellationToken ct) => PostAsync<Partner>("/api/partners", partner, ct);

    /// <summary>The sites sent replace the partner's sites.</summary>
    public Task<ServiceResult<Partner>> ChangePartnerAsync(Guid id, PartnerChange partner, CancellationToken ct) => PutAsync<Partner>($"/api/partners/{id}", partner, ct);

    /// <summary>Checks (dry run) or imports a CSV of partners, one row per site, all or nothing.</summary>
    public Task<ServiceResult<ImportReport>> ImportAsync(ImportFile file, bool dryRun, CancellationToken ct) => ImportFileAsync<ImportReport>(file, dryRun, ct);

    public Task<ServiceResult<List<Contact>>> ContactsAsync(Guid partnerId, CancellationToken ct) => GetAsync<List<Contact>>($"/api/partners/{partnerId}/contacts", ct);

    public Task<ServiceResult<Contact>> ContactAsync(Guid id, CancellationToken ct) => GetAsync<Contact>($"/api/contacts/{id}", ct);

    public Task<ServiceResult<Contact>> AddContactAsync(Guid partnerId, ContactChange contact, CancellationToken ct) =>
        PostAsync<Contact>($"/api/partners/{partnerId}/contacts", contact, ct);

    public Task<ServiceResult<Contact>> ChangeContactAsync(Guid id, ContactChange contact, CancellationToken ct) => PutAsync<Contact>($"/api/contacts/{id}", contact, ct);

    /// <summary>Everything held about the person (GDPR Art. 15), to read on a page.</summary>
    public Task<ServiceResult<PersonalData>> PersonalDataAsync(Guid contactId, CancellationToken ct) => GetAsync<PersonalData>($"/api/contacts/{contactId}/personal-data", ct);

    /// <summary>The same as the service writes it, to pass on as a file; null when unreachable.</summary>
    public Task<HttpResponseMessage?> PersonalDataFileAsync(Guid contactId, CancellationToken ct) =>
        ForwardAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/contacts/{contactId}/personal-data"), ct);

    /// <summary>Erases the person (GDPR Art. 17); the partner and the outreach history stay, naming an erased contact.</summary>
    public Task<ServiceResult<Done>> EraseContactAsync(Guid contactId, CancellationToken ct) => DeleteAsync($"/api/contacts/{contactId}", ct);

    /// <summary>The outreach with one partner, without its steps.</summary>
    public Task<ServiceResult<List<PartnerOutreach>>> OutreachWithAsync(Guid partnerId, CancellationToken ct) =>
        GetAsync<List<PartnerOutreach>>($"/api/outreach?partnerId={partnerId}", ct);

    /// <summary>One outreach with every step it took.</summary>
    public Task<ServiceResult<PartnerOutreach>> OutreachStepsAsync(Guid outreachId, CancellationToken ct) => GetAsync<PartnerOutreach>($"/api/outreach/{outreachId}", ct);

    /// <summary>All the municipality's agreements: the service filters by status only, so a page picks a partner's own.</summary>
    public Task<ServiceResult<List<AgreementSummary>>> AgreementsAsync(CancellationToken ct) => GetAsync<List<AgreementSummary>>("/api/agreements", ct);

    public Task<ServiceResult<AgreementSummary>> AgreementAsync(Guid id, CancellationToken ct) => GetAsync<AgreementSummary>($"/api/agreements/{id}", ct);

    /// <summary>
    /// Stores the agreement and announces it to Inventory, which plans the change. Refused (409) when the outreach is not
    /// agreed, or already led to an agreement.
    /// </summary>
    public Task<ServiceResult<AgreementSummary>> RecordAgreementAsync(AgreementChange agreement, CancellationToken ct) =>
        PostAsync<AgreementSummary>("/api/agreements", agreement, ct);

    /// <summary>Ends the agreement: Inventory withdraws what has not taken effect. Refused (409) when it has ended already.</summary>
    public Task<ServiceResult<AgreementSummary>> EndAgreementAsync(Guid id, CancellationToken ct) => PostAsync<AgreementSummary>($"/api/agreements/{id}/end", new { }, ct);
}

/// <param name="Kind"><c>company</c>, <c>association</c> or <c>operator</c>.</param>
/// <param name="Sector">The WZ 2008 code as registered (a section letter or a division, maybe finer).</param>
/// <param name="SectorTitle">The German title of the code's division where Partners knows it, else of its section.</param>
/// <param name="Employees">Over all sites, as are <paramref name="Incomings"/> and <paramref name="Outgoings"/>.</param>
public sealed record Partner(
    Guid Id, string Key, string Kind, string Name, string? TradeRegisterNumber, string Sector, string SectorSection, string SectorTitle,
    IReadOnlyList<PartnerSite> Sites, int Employees, int Incomings, int Outgoings, DateTimeOffset UpdatedAt);

/// <summary>A place where the partner employs people; as Partners sends it and takes it.</summary>
/// <param name="Incomings">Employees who came into the region for work, their family often still elsewhere.</param>
/// <param name="Outgoings">Employees who live here and work elsewhere part of the week.</param>
public sealed record PartnerSite(
    string? Name, string Address, string PostalCode, double Latitude, double Longitude, string? AreaCode, int Employees, int Incomings, int Outgoings);

/// <summary>What a partner is to be, as Partners' request; the sites replace the partner's sites.</summary>
public sealed record PartnerChange(string Name, string Kind, string? TradeRegisterNumber, string Sector, IReadOnlyList<PartnerSite> Sites);

/// <param name="LegalBasis"><c>consent</c>, <c>contract</c>, <c>publicTask</c> or <c>legitimateInterest</c> (GDPR Art. 6(1) a, b, e, f).</param>
/// <param name="BasisDate">The day of the consent, or of the basis otherwise.</param>
public sealed record Contact(Guid Id, Guid PartnerId, string Name, string? Role, string? Email, string? Phone, string LegalBasis, DateOnly? BasisDate);

/// <summary>What a contact person is to be, as Partners' request.</summary>
public sealed record ContactChange(string Name, string? Role, string? Email, string? Phone, string? LegalBasis, DateOnly? BasisDate);

/// <summary>Everything Partners holds about one person (GDPR Art. 15).</summary>
/// <param name="Purpose">Why the data is kept, in the service's (English) words.</param>
public sealed record PersonalData(
    Guid ContactId, string Name, string? Role, string? Email, string? Phone, string LegalBasis, DateOnly? BasisDate, DateTimeOffset RecordedAt,
    string? RecordedBy, Guid PartnerId, string PartnerName, IReadOnlyList<Appearance> OutreachHistory, string Purpose);

/// <summary>A step of outreach history that names the person, or mentions them in its note (<paramref name="How"/>, in English).</summary>
public sealed record Appearance(Guid OutreachId, int Step, string Stage, DateOnly On, string Owner, string? Note, string How)
{
    /// <summary>Named as the person spoken to in the step, rather than only mentioned in its note.</summary>
    public bool Named => How == "named as the contact of the step";
}

/// <summary>An outreach to a partner about gaps; <paramref name="History"/> only when read alone.</summary>
public sealed record PartnerOutreach(Guid Id, IReadOnlyList<string> GapKeys, string Stage, DateTimeOffset CreatedAt, IReadOnlyList<PartnerOutreachStep>? History);

/// <param name="Contact">The person spoken to; <see cref="ErasedContact"/> once they were erased.</param>
public sealed record PartnerOutreachStep(int Number, string? From, string To, bool Reopened, DateOnly On, string Owner, string? Note, string? Contact)
{
    /// <summary>How Partners names an erased person, in the step and cut into notes (<c>[erased contact]</c>).</summary>
    public const string ErasedContact = "erased contact";
}

/// <param name="Kind"><c>reservedPlaces</c>, <c>extendedHours</c>, <c>companyChildcare</c>, <c>holidayCare</c>, <c>shuttle</c> or <c>seniorCareSupport</c>.</param>
/// <param name="Status"><c>active</c>, <c>ended</c> or <c>rejected</c> (by the inventory, which applied none of the terms).</param>
/// <param name="OutreachId">The agreed outreach that led to it, if any.</param>
/// <param name="Rejection">Why the inventory rejected the terms; null unless the agreement is rejected.</param>
public sealed record AgreementSummary(
    Guid Id, string Kind, string Status, IReadOnlyList<Guid> PartnerIds, IReadOnlyList<string> GapKeys, CooperationTerms Terms, DateOnly? EndedOn,
    Guid? OutreachId = null, DateTimeOffset? CreatedAt = null, TermsRejection? Rejection = null);

/// <summary>Why the inventory rejected an agreement's terms, as Partners keeps it.</summary>
/// <param name="Reason"><c>offer-withdrawn</c>, <c>offer-unknown</c> or <c>invalid-terms</c> (<see cref="TermsRejectionReasons"/>).</param>
/// <param name="Detail">Inventory's own words, in English.</param>
/// <param name="OfferId">The offer the terms name; null for a new offer.</param>
public sealed record TermsRejection(string Reason, string Detail, Guid? OfferId);

/// <summary>An agreement as Partners' request records it.</summary>
public sealed record AgreementChange(string Kind, IReadOnlyList<Guid> PartnerIds, IReadOnlyList<string> GapKeys, CooperationTerms Terms, Guid? OutreachId);
