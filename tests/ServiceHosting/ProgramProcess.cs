using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GutAusgestattet.ServiceHosting;

/// <summary>
/// A program of the platform run as its own process, the way an orchestrator runs it: configured by its arguments and
/// environment, stopped with SIGTERM (and killed only when it does not end within the grace period).
/// </summary>
public sealed class ProgramProcess : IAsyncDisposable
{
    /// <summary>The .NET host: the one running the tests where the SDK says so, else <c>dotnet</c> from the path.</summary>
    public static string DotNetHost { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _said = new();

    /// <param name="name">What it is, for messages: "Deployment gaps", "inventory #2".</param>
    /// <param name="program">The program's assembly, run by the .NET host.</param>
    /// <param name="workingDirectory">Its content root: where its appsettings files are read from.</param>
    /// <param name="onlyTheseVariables">Start from an empty environment, as a container does, instead of the test host's.</param>
    public ProgramProcess(string name, string program, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment,
        bool onlyTheseVariables = false)
    {
        Name = name;
        var start = new ProcessStartInfo(DotNetHost, [program, .. arguments])
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (onlyTheseVariables)
        {
            start.Environment.Clear();
            // The host needs to find the runtime; in an image it is where the base image put it.
            foreach (var variable in new[] { "PATH", "DOTNET_ROOT" })
                if (Environment.GetEnvironmentVariable(variable) is { } value) start.Environment[variable] = value;
        }
        foreach (var (variable, value) in environment) start.Environment[variable] = value;
        _process = Process.Start(start)!;
        // Read, and kept only to say why it failed: a full pipe would block the program.
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines it wrote, to say why it failed.</summary>
    public string Output => string.Join('\n', _said.TakeLast(60));

    /// <summary>The program a project's build put out in this test assembly's configuration (bin/&lt;configuration&gt;/&lt;framework&gt;/).</summary>
    public static string Built(string projectPath)
    {
        var build = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(Path.GetDirectoryName(projectPath)!, "bin", build.Parent!.Name, build.Name, $"{Path.GetFileNameWithoutExtension(projectPath)}.dll");
    }

    /// <summary>Runs it to its end, like a Job's pod, and fails unless it exits with 0 within <paramref name="deadline"/>.</summary>
    public async Task RunToEndAsync(TimeSpan deadline)
    {
        try
        {
            await WaitForExitAsync(deadline);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} did not finish within {deadline}:\n{Output}");
        }
        if (_process.ExitCode != 0) throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Output}");
    }

    /// <summary>Sends SIGTERM, as Kubernetes does to a pod it stops; <see cref="WaitForExitAsync"/> then waits for the end.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>Waits for the end and returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(limit.Token);
        _process.WaitForExit(); // drains the output handlers
        return _process.ExitCode;
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
            Terminate();
            try
            {
                await WaitForExitAsync(GracePeriod);
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
