using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Partners.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Agreements;

/// <summary>
/// Inventory applied none of an agreement's terms: the agreement shows it is rejected, and why, instead of active while nothing
/// happened. Only an active agreement takes the rejection: one the planner ended meanwhile stays ended (nothing of it is planned
/// either way), and a repeated or late rejection changes nothing. The update is conditional so that an end at the same moment
/// and the rejection cannot both win.
/// </summary>
public sealed class TermsRejectionConsumer(PartnersDbContext db) : IConsumer<AgreementTermsRejected>
{
    public async Task Consume(ConsumeContext<AgreementTermsRejected> context)
    {
        var m = context.Message;
        var rejection = new TermsRejection(m.Reason, m.Detail, m.OfferId);
        await db.Agreements.Where(a => a.Id == m.AgreementId && a.Status == AgreementStatus.Active)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Status, AgreementStatus.Rejected).SetProperty(x => x.Rejection, rejection), context.CancellationToken);
    }
}
