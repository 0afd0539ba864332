using System.Net;
using System.Net.Sockets;

namespace GutAusgestattet.ServiceHosting;

/// <summary>How a dependency behind a <see cref="TcpRelay"/> fails.</summary>
public enum Outage
{
    None,

    /// <summary>The server is down: connections are refused, open ones are cut.</summary>
    Refused,

    /// <summary>The network drops everything: connections are taken and never answered, open ones go quiet.</summary>
    Silent,
}

/// <summary>
/// A local TCP relay in front of a real server (PostgreSQL, RabbitMQ), so a test can take the server away and bring
/// it back without stopping it for everyone else on the machine.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly int _target;
    private TcpListener _listener;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stop = new();
    private volatile Outage _outage;

    private TcpRelay(int target)
    {
        _target = target;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }

    public static TcpRelay To(int port) => new(port);

    public void Fail(Outage outage)
    {
        _outage = outage;
        if (outage != Outage.Refused) return;
        _listener.Stop();
        CutOpenConnections();
    }

    /// <summary>The server is back. Connections from before a silent outage are cut: what they carried meanwhile is lost.</summary>
    public void Restore()
    {
        if (_outage == Outage.Refused)
        {
            // A new listener on the same port: a stopped one would start again on the port it was created with (any).
            _listener = new TcpListener(IPAddress.Loopback, Port);
            _listener.Start();
            _ = AcceptAsync();
        }
        else CutOpenConnections();
        _outage = Outage.None;
    }

    private void CutOpenConnections()
    {
        lock (_open)
        {
            foreach (var client in _open) client.Dispose();
            _open.Clear();
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
            {
                return;
            }
            if (_outage == Outage.Silent)
            {
                // Taken, kept open, never answered.
                lock (_open) _open.Add(client);
                continue;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var server = new TcpClient();
        lock (_open)
        {
            _open.Add(client);
            _open.Add(server);
        }
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, _target);
            await Task.WhenAny(PumpAsync(client.GetStream(), server.GetStream()), PumpAsync(server.GetStream(), client.GetStream()));
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException)
        {
            // Cut by an outage or by either end.
        }
        finally
        {
            client.Dispose();
        }
    }

    /// <summary>Copies until either end closes; in a silent outage it stops passing anything on, as a dropped link does.</summary>
    private async Task PumpAsync(Stream from, Stream to)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            if (_outage == Outage.Silent) continue;
            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        CutOpenConnections();
        _stop.Dispose();
    }
}
