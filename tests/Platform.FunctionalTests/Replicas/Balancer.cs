namespace GutAusgestattet.FunctionalTests.Replicas;

/// <summary>
/// What a Kubernetes Service does for a client: each request to the next instance in turn, and to another one when an
/// instance does not take it (stopped, not listening). The request is sent again unchanged — the services make that
/// safe where it matters (answers carry an <c>Idempotency-Key</c>).
/// </summary>
public sealed class Balancer(IReadOnlyList<ServiceInstance> instances) : DelegatingHandler(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(1) })
{
    private int _next;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = request.Content?.Headers.ToList();
        var path = request.RequestUri!.PathAndQuery;
        for (var attempt = 0; ; attempt++)
        {
            var instance = instances[(int)((uint)Interlocked.Increment(ref _next) % instances.Count)];
            if (instance.Process.HasExited && attempt < instances.Count * 2) continue;
            request.RequestUri = new Uri(instance.Address, path);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                foreach (var (name, values) in headers!) request.Content.Headers.TryAddWithoutValidation(name, values);
            }
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException) when (attempt < instances.Count * 2)
            {
                // Refused or cut off by an instance that is stopping: the next one takes it.
            }
        }
    }
}
