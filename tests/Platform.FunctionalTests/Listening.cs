using GutAusgestattet.ServiceHosting;

namespace GutAusgestattet.FunctionalTests;

/// <summary>A built program of the platform started beside the AppHost's, on a free local port, once its probe answers.</summary>
public static class Listening
{
    /// <param name="projectPath">The project; its build output is run, its directory is the content root.</param>
    /// <param name="environment">Over the test host's own.</param>
    public static async Task<(ProgramProcess Process, Uri Address)> StartAsync(string name, string projectPath, IReadOnlyDictionary<string, string> environment,
        string probe = "/health/live")
    {
        var address = new Uri($"http://127.0.0.1:{ProgramProcess.FreePort()}");
        var process = new ProgramProcess(name, ProgramProcess.Built(projectPath), Path.GetDirectoryName(projectPath)!, [],
            new Dictionary<string, string>(environment) { ["ASPNETCORE_URLS"] = address.ToString() });
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        for (var deadline = DateTime.UtcNow.AddMinutes(1); ; await Task.Delay(200))
        {
            try
            {
                if ((await client.GetAsync(probe)).IsSuccessStatusCode) return (process, address);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await process.DisposeAsync();
                throw new InvalidOperationException($"{name} did not start:\n{process.Output}");
            }
        }
    }
}
