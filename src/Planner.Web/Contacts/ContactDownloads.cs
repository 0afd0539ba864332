using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.ServiceDefaults.Auth;

namespace GutAusgestattet.PlannerWeb.Contacts;

/// <summary>
/// A contact person's personal-data report (GDPR Art. 15) as a file to hand over, passed on from Partners with the
/// planner's token (<see cref="PassedOnFile"/>); another municipality's contact is "not found".
/// </summary>
public static class ContactDownloads
{
    public static IEndpointRouteBuilder MapContactDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/contacts/{id:guid}/personal-data.json", (Guid id, PartnersClient partners, HttpContext http) =>
                PassedOnFile.PassOnFile(partners.PersonalDataFileAsync(id, http.RequestAborted), http, $"personal-data-{id}.json"))
            .RequireAuthorization(Policies.Planner);
        return app;
    }
}
