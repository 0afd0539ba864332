using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// A built program of the platform run as its own process, the way an orchestrator runs it: configured only by
/// environment variables and arguments, ready when its probe answers, stopped with SIGTERM (or killed).
/// </summary>
public sealed class ProgramProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _said;

    private ProgramProcess(Process process, ConcurrentQueue<string> said, Uri address) => (_process, _said, Address) = (process, said, address);

    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>The last lines it wrote, to say why it failed.</summary>
    public string Output => string.Join('\n', _said.TakeLast(40));

    /// <summary>The program of a project as this test assembly's configuration built it (bin/&lt;configuration&gt;/&lt;framework&gt;/).</summary>
    public static string Built(string projectPath)
    {
        var build = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(Path.GetDirectoryName(projectPath)!, "bin", build.Parent!.Name, build.Name, $"{Path.GetFileNameWithoutExtension(projectPath)}.dll");
    }

    /// <summary>Starts the program listening on a free local port and waits until <paramref name="probe"/> answers 2xx.</summary>
    /// <param name="workingDirectory">Its content root: where its appsettings files are read from.</param>
    public static async Task<ProgramProcess> StartAsync(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, string probe = "/health/live")
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = Start(program, workingDirectory, environment, [], address);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            try
            {
                if ((await client.GetAsync(probe)).IsSuccessStatusCode) return process;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await process.DisposeAsync();
                throw new InvalidOperationException($"{Path.GetFileName(program)} did not start:\n{process.Output}");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>Runs the program to its end (e.g. with <c>--migrate</c>) and fails unless it exits with 0.</summary>
    public static async Task RunToEndAsync(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        await using var process = Start(program, workingDirectory, environment, arguments, null);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process._process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{process.Output}");
    }

    private static ProgramProcess Start(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] arguments, Uri? address)
    {
        var start = new ProcessStartInfo("dotnet", [program, .. arguments])
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (address is not null) start.Environment["ASPNETCORE_URLS"] = address.ToString();
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start)!;
        // Read, and kept only to say why it failed: a full pipe would block the program.
        var said = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) => Keep(said, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(said, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ProgramProcess(process, said, address ?? new Uri("http://127.0.0.1"));
    }

    private static void Keep(ConcurrentQueue<string> said, string? line)
    {
        if (line is null) return;
        said.Enqueue(line);
        while (said.Count > 400) said.TryDequeue(out _);
    }

    /// <summary>Sends SIGTERM, as Kubernetes does to a pod it stops; <see cref="WaitForExitAsync"/> then waits for the end.</summary>
    public void Terminate() => Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(limit.Token);
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

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
