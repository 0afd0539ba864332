using k8s.Models;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>The kubelet's HTTP probes, read from the manifest and run against a local process.</summary>
public static class Probes
{
    /// <summary>The startup probe until it passes (as long as its failureThreshold × periodSeconds allow), then readiness.</summary>
    public static async Task WaitUntilReadyAsync(ProgramProcess process, V1Container container, Uri address)
    {
        var startup = container.StartupProbe ?? throw new InvalidOperationException($"{process.Name} has no startup probe.");
        await PassAsync(process, container, startup, "startup", address, Tolerance(startup));
        var readiness = container.ReadinessProbe ?? throw new InvalidOperationException($"{process.Name} has no readiness probe.");
        // Readiness has no deadline in Kubernetes (the pod just gets no traffic); a minute is plenty for a healthy start.
        await PassAsync(process, container, readiness, "readiness", address, TimeSpan.FromMinutes(1));
    }

    /// <summary>How long Kubernetes waits before it restarts the container (the defaults are the API's).</summary>
    private static TimeSpan Tolerance(V1Probe probe) =>
        TimeSpan.FromSeconds((probe.InitialDelaySeconds ?? 0) + (probe.PeriodSeconds ?? 10) * (probe.FailureThreshold ?? 3));

    private static async Task PassAsync(ProgramProcess process, V1Container container, V1Probe probe, string kind, Uri address, TimeSpan tolerance)
    {
        var get = probe.HttpGet ?? throw new InvalidOperationException($"{process.Name}: the {kind} probe is not an HTTP GET.");
        Assert.Contains(container.Ports, p => p.Name == get.Port.Value || p.ContainerPort.ToString() == get.Port.Value);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(probe.TimeoutSeconds ?? 1) };
        var deadline = DateTime.UtcNow + tolerance;
        var last = "no answer";
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{process.Name} ended before its {kind} probe passed:\n{process.Output}");
            try
            {
                using var response = await client.GetAsync(get.Path);
                // The kubelet counts 200–399 as success.
                if ((int)response.StatusCode is >= 200 and < 400) return;
                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{process.Name}: the {kind} probe {get.Path} did not pass within {tolerance} ({last}):\n{process.Output}");
            await Task.Delay(200);
        }
    }
}
