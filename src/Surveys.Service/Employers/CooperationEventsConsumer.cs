using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Surveys.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Employers;

/// <summary>
/// Keeps the tenant's agreements that reserve places (<see cref="ReservedPlaces.Kind"/>) with their partners' names, so that a survey
/// offers as employers exactly the partners whose staff have places reserved — the only answer the gap engine makes use of, and a
/// short list. Other kinds of agreement reserve nothing and are not kept.
/// </summary>
public sealed class CooperationEventsConsumer(SurveysDbContext db) : IConsumer<CooperationAgreed>, IConsumer<CooperationEnded>
{
    public async Task Consume(ConsumeContext<CooperationAgreed> context)
    {
        var m = context.Message;
        if (m.Kind != ReservedPlaces.Kind || await db.ReservingAgreements.AnyAsync(a => a.AgreementId == m.AgreementId, context.CancellationToken)) return;
        // A household picks its employer by name: a partner announced without one (a producer predating the names) cannot be offered.
        var names = m.PartnerNames ?? [];
        var employers = new List<ReservingEmployer>();
        for (var i = 0; i < Math.Min(m.PartnerIds.Count, names.Count); i++)
            if (!employers.Exists(e => e.PartnerId == m.PartnerIds[i])) employers.Add(new ReservingEmployer { PartnerId = m.PartnerIds[i], Name = names[i] });
        db.ReservingAgreements.Add(new ReservingAgreement { AgreementId = m.AgreementId, TenantId = m.TenantId, Employers = employers });
        // The inbox saves with the consumer's transaction.
    }

    public async Task Consume(ConsumeContext<CooperationEnded> context)
    {
        var m = context.Message;
        var agreement = await db.ReservingAgreements.SingleOrDefaultAsync(a => a.AgreementId == m.AgreementId, context.CancellationToken);
        // Kept even when the agreement is of another kind or not here yet: its CooperationAgreed, arriving later, then finds it ended.
        if (agreement is null) db.ReservingAgreements.Add(new ReservingAgreement { AgreementId = m.AgreementId, TenantId = m.TenantId, Ended = true });
        else agreement.Ended = true;
    }
}
