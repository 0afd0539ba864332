namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>Partners.Service: so far which partners are being approached about a gap.</summary>
public sealed class PartnersClient(HttpClient http, ILogger<PartnersClient> log) : ServiceClient(http, log, PlatformService.Partners)
{
    public Task<ServiceResult<List<Outreach>>> OutreachAboutAsync(string gapKey, CancellationToken ct) =>
        GetAsync<List<Outreach>>($"/api/outreach?gapKey={Uri.EscapeDataString(gapKey)}", ct);
}

/// <param name="Stage"><c>identified</c>, <c>contacted</c>, <c>inTalks</c>, <c>agreed</c>, <c>declined</c> or <c>paused</c>.</param>
public sealed record Outreach(string PartnerName, string Stage);
