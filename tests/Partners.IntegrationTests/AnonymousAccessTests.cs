using System.Net;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Partners.IntegrationTests;

/// <summary>
/// Outside Development nothing of the service is anonymous but its health: not by omission, not the API
/// document. Partners holds companies' contact persons, so an endpoint left open would give them away.
/// </summary>
public sealed class AnonymousAccessTests(PartnersHost host) : IClassFixture<PartnersHost>
{
    [Fact]
    public async Task Only_health_answers_without_a_token()
    {
        Assert.Equal(["/health/live", "/health/ready"], await host.AnonymousRoutesAsync());

        var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/partners")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Planner(Ags.Parse("09162000")).GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
    }
}
