namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>Partners.Service's registry: the municipality's partners and their contact persons (outreach: <see cref="OutreachClient"/>).</summary>
public sealed class PartnersClient(HttpClient http, ILogger<PartnersClient> log) : ServiceClient(http, log, PlatformService.Partners);
