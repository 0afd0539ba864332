using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// A published deployable run as its container would run it: the image's entrypoint (<c>dotnet &lt;Name&gt;.dll</c>)
/// in its /app, the container's arguments, and only the given environment — nothing of the test host's leaks in.
/// Stopped with SIGTERM like a pod. (Platform.FunctionalTests has a launcher of the same shape, ProgramProcess, for
/// built programs; the two can become one when a shared test library exists.)
/// </summary>
public sealed class ContainerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _said = new();

    private ContainerProcess(string what, Publication publication, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        What = what;
        var start = new ProcessStartInfo(DotNet.Host, [publication.EntryAssembly, .. arguments])
        {
            WorkingDirectory = publication.Directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Clear();
        // The host needs to find the runtime; in the image it is where the base image put it.
        foreach (var name in new[] { "PATH", "DOTNET_ROOT" })
            if (Environment.GetEnvironmentVariable(name) is { } value) start.Environment[name] = value;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string What { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines it wrote, to say why it failed.</summary>
    public string Output => string.Join('\n', _said.TakeLast(60));

    public static ContainerProcess Start(string what, Publication publication, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment) =>
        new(what, publication, arguments, environment);

    /// <summary>Runs to its end, like a Job's pod, and fails unless it exits with 0 within <paramref name="deadline"/>.</summary>
    public static async Task RunToEndAsync(string what, Publication publication, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, TimeSpan deadline)
    {
        await using var process = Start(what, publication, arguments, environment);
        using var limit = new CancellationTokenSource(deadline);
        try
        {
            await process._process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{what} did not finish within {deadline}:\n{process.Output}");
        }
        process._process.WaitForExit(); // drains the output handlers
        if (process._process.ExitCode != 0)
            throw new InvalidOperationException($"{what} exited with {process._process.ExitCode}:\n{process.Output}");
    }

    /// <summary>A port nothing listens on right now: the system's choice for a listener that is closed at once.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _said.Enqueue(line);
        while (_said.Count > 400) _said.TryDequeue(out _);
    }

    /// <summary>SIGTERM, as Kubernetes stops a pod, then a kill after the grace period.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
    }
}
