using GutAusgestattet.ServiceHosting;
using Microsoft.AspNetCore.Hosting;

namespace GutAusgestattet.Surveys.IntegrationTests;

public sealed class SurveysHost() : ServiceHost<Program>("surveys")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The retention loop runs once at start; the tests drive it themselves.
        builder.UseSetting("Surveys:RetentionCheckInterval", "01:00:00");
    }
}
