using Aspire.Hosting;
using Aspire.Hosting.Testing;
using GutAusgestattet.ServiceHosting;

namespace GutAusgestattet.FunctionalTests.Browsing;

/// <summary>
/// A second planners' application beside the AppHost's, started by the test as the built program against the running
/// services, configured otherwise: its client of one service pointing at a port where nothing listens (the shared
/// service stays up for every other test, and "unreachable" is certain, not a race), or signing in elsewhere.
/// </summary>
public sealed class PlannerWebProcess : IAsyncDisposable
{
    private readonly ProgramProcess _process;

    private PlannerWebProcess(ProgramProcess process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    /// <param name="unreachable">The service the application cannot reach, as the AppHost names it: <c>gaps</c>, <c>surveys</c> …</param>
    public static Task<PlannerWebProcess> WithoutAsync(PlatformFixture platform, string unreachable) => StartAsync(platform, unreachable, new Dictionary<string, string>());

    /// <param name="settings">Configuration over the Development defaults, by environment variable name (<c>Authentication__Oidc__Authority</c>).</param>
    public static Task<PlannerWebProcess> WithAsync(PlatformFixture platform, IReadOnlyDictionary<string, string> settings) => StartAsync(platform, null, settings);

    private static async Task<PlannerWebProcess> StartAsync(PlatformFixture platform, string? unreachable, IReadOnlyDictionary<string, string> settings)
    {
        var project = new Projects.Planner_Web().ProjectPath;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Jwt__SigningKey"] = PlatformFixture.SigningKey,
        };
        foreach (var service in PlatformFixture.Services)
            environment[$"services__{service}__http__0"] = service == unreachable ? $"http://127.0.0.1:{ProgramProcess.FreePort()}" : platform.App.GetEndpoint(service, "http").ToString();
        foreach (var (name, value) in settings) environment[name] = value;
        // The content root is the project, where appsettings.Development.json turns the development sign-in on.
        var (process, address) = await Listening.StartAsync("the second planner-web", project, environment);
        return new PlannerWebProcess(process, address);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
