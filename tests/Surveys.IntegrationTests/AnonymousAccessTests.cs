namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>Outside Development nothing of the service is anonymous but the households' public endpoints and health.</summary>
public sealed class AnonymousAccessTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    [Fact]
    public async Task Only_the_public_survey_endpoints_and_health_answer_without_a_token()
    {
        var anonymous = await host.AnonymousRoutesAsync();
        Assert.Equal(["/health/live", "/health/ready"], anonymous.Where(route => !route.StartsWith("/public/", StringComparison.Ordinal)));
        Assert.Contains("/public/surveys/{id:guid}/responses", anonymous);
    }
}
