using GutAusgestattet.Inventory.Cooperations;
using GutAusgestattet.Inventory.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Inventory.Apis;

/// <summary>
/// What an agreement recorded in Partners changed here: the planners' application links an agreement to exactly the
/// offer and the planned change it brought, instead of guessing them from the terms.
/// </summary>
public static class CooperationsApi
{
    public static IEndpointRouteBuilder MapCooperationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/cooperations/{agreementId:guid}", GetCooperation).RequireAuthorization(Policies.Planner).WithTags("Offers");
        return app;
    }

    /// <summary>
    /// The offer an agreement changed or created, and its planned change; not found while the agreement's event has not
    /// arrived yet, or when the inventory rejected its terms (<c>AgreementTermsRejected</c>), which leaves nothing here.
    /// </summary>
    public static async Task<Results<Ok<CooperationView>, NotFound>> GetCooperation(Guid agreementId, InventoryDbContext db, CancellationToken ct) =>
        await db.Cooperations.AsNoTracking().SingleOrDefaultAsync(c => c.AgreementId == agreementId, ct) is { } cooperation
            ? TypedResults.Ok(CooperationView.From(cooperation))
            : TypedResults.NotFound();
}

/// <param name="PlannedChangeId">Null when the agreement created a new (planned) offer.</param>
/// <param name="EndChangeId">
/// The planned change on the day after the agreement's last day that ends what it added (the offer back as before, or the
/// new offer withdrawn); null when the agreement is open-ended.
/// </param>
/// <param name="Ended">The agreement ended; what had not taken effect was withdrawn.</param>
public sealed record CooperationView(Guid AgreementId, Guid? OfferId, Guid? PlannedChangeId, Guid? EndChangeId, bool Ended)
{
    public static CooperationView From(Cooperation c) => new(c.AgreementId, c.OfferId, c.PlannedChangeId, c.EndChangeId, c.Ended);
}
