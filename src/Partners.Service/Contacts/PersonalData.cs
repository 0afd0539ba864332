using System.Text.RegularExpressions;
using GutAusgestattet.Partners.OutreachPipeline;
using GutAusgestattet.Partners.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Contacts;

/// <summary>Where a person appears in outreach history: named as the one spoken to, or mentioned in a note.</summary>
public sealed record Appearance(Guid OutreachId, int Step, string Stage, DateOnly On, string Owner, string? Note, string How);

/// <summary>Everything the service holds about one contact person (GDPR Art. 15).</summary>
public sealed record PersonalDataExport(
    Guid ContactId, string Name, string? Role, string? Email, string? Phone, LegalBasis LegalBasis, DateOnly? BasisDate,
    DateTimeOffset RecordedAt, string? RecordedBy, Guid PartnerId, string PartnerName, IReadOnlyList<Appearance> OutreachHistory,
    string Purpose);

/// <summary>
/// Export (Art. 15) and erasure (Art. 17) of a contact person. The history stays — the municipality's
/// record of outreach — but after erasure no entry names the person: the link becomes "erased
/// contact" and their name, e-mail and phone are cut from notes.
/// </summary>
public static class PersonalData
{
    public const string ErasedContact = "erased contact";

    public const string Purpose = "Approaching the partner for co-operation on care for multilocal households (outreach).";

    public static async Task<PersonalDataExport> ExportAsync(PartnersDbContext db, Contact contact, CancellationToken ct)
    {
        var partnerName = await db.Partners.Where(p => p.Id == contact.PartnerId).Select(p => p.Name).SingleAsync(ct);
        var appearances = (await Steps(db, contact, ct)).Select(s => new Appearance(s.OutreachId, s.Number, StageMachine.Name(s.To), s.On, s.Owner, s.Note,
            s.ContactId == contact.Id ? "named as the contact of the step" : "mentioned in the note")).ToList();
        return new PersonalDataExport(contact.Id, contact.Name, contact.Role, contact.Email, contact.Phone, contact.LegalBasis, contact.BasisDate,
            contact.RecordedAt, contact.RecordedBy, contact.PartnerId, partnerName, appearances, Purpose);
    }

    /// <summary>Stages the erasure; the caller saves, so the contact and every trace go in one commit.</summary>
    public static async Task EraseAsync(PartnersDbContext db, Contact contact, CancellationToken ct)
    {
        foreach (var step in await Steps(db, contact, ct))
        {
            if (step.ContactId == contact.Id)
            {
                step.ContactId = null;
                step.ContactErased = true;
            }
            step.Note = step.Note is null ? null : Identifiers(contact).Aggregate(step.Note,
                (note, identifier) => Regex.Replace(note, Regex.Escape(identifier), $"[{ErasedContact}]", RegexOptions.IgnoreCase));
        }
        db.Contacts.Remove(contact);
    }

    /// <summary>The history entries naming the contact, or whose note mentions them by name, e-mail or phone.</summary>
    private static async Task<List<OutreachStep>> Steps(PartnersDbContext db, Contact contact, CancellationToken ct)
    {
        var outreaches = db.Outreaches.Where(o => o.PartnerId == contact.PartnerId).Select(o => o.Id);
        var candidates = await db.OutreachSteps.Where(s => s.ContactId == contact.Id || (s.Note != null && outreaches.Contains(s.OutreachId)))
            .OrderBy(s => s.OutreachId).ThenBy(s => s.Number).ToListAsync(ct);
        var identifiers = Identifiers(contact).ToList();
        return candidates.Where(s => s.ContactId == contact.Id
            || identifiers.Any(i => s.Note!.Contains(i, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    private static IEnumerable<string> Identifiers(Contact contact) =>
        new[] { contact.Name, contact.Email, contact.Phone }.Where(i => !string.IsNullOrWhiteSpace(i) && i.Length >= 3)!;
}
