using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace GutAusgestattet.FunctionalTests.Browsing;

/// <summary>
/// A second planners' application beside the AppHost's, started by the test as the built program against the running
/// services, configured otherwise: its client of one service pointing at a port where nothing listens (the shared
/// service stays up for every other test, and "unreachable" is certain, not a race), or signing in elsewhere.
/// </summary>
public sealed class PlannerWebProcess : IAsyncDisposable
{
    private readonly Process _process;

    private PlannerWebProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    /// <param name="unreachable">The service the application cannot reach, as the AppHost names it: <c>gaps</c>, <c>surveys</c> …</param>
    public static Task<PlannerWebProcess> WithoutAsync(PlatformFixture platform, string unreachable) => StartAsync(platform, unreachable, new Dictionary<string, string>());

    /// <param name="settings">Configuration over the Development defaults, by environment variable name (<c>Authentication__Oidc__Authority</c>).</param>
    public static Task<PlannerWebProcess> WithAsync(PlatformFixture platform, IReadOnlyDictionary<string, string> settings) => StartAsync(platform, null, settings);

    private static async Task<PlannerWebProcess> StartAsync(PlatformFixture platform, string? unreachable, IReadOnlyDictionary<string, string> settings)
    {
        var project = Path.GetDirectoryName(new Projects.Planner_Web().ProjectPath)!;
        // The same configuration this test assembly was built in (bin/<configuration>/<framework>/).
        var build = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var program = Path.Combine(project, "bin", build.Parent!.Name, build.Name, "Planner.Web.dll");
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [program])
        {
            // The content root, where appsettings.Development.json turns the development sign-in on.
            WorkingDirectory = project,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_URLS"] = address.ToString(),
                ["Logging__LogLevel__Default"] = "Warning",
                ["Jwt__SigningKey"] = PlatformFixture.SigningKey,
            },
        };
        foreach (var (name, value) in settings) start.Environment[name] = value;
        foreach (var service in PlatformFixture.Services)
            start.Environment[$"services__{service}__http__0"] = service == unreachable ? $"http://127.0.0.1:{FreePort()}" : platform.App.GetEndpoint(service, "http").ToString();
        var process = Process.Start(start)!;
        // Read, and kept only to say why it did not start: a full pipe would block the program.
        var said = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) => { if (line.Data is { } text && said.Count < 200) said.Enqueue(text); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { } text && said.Count < 200) said.Enqueue(text); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new PlannerWebProcess(process, address);
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            try
            {
                if ((await probe.GetAsync("/health/live")).IsSuccessStatusCode) return host;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await host.DisposeAsync();
                throw new InvalidOperationException($"The second planner-web did not start ({program}):\n{string.Join('\n', said.TakeLast(30))}");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>A port nothing listens on right now: the system's choice for a listener that is closed at once.</summary>
    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
