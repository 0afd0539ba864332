using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace GutAusgestattet.ServiceHosting;

/// <summary>
/// A test run's own RabbitMQ virtual host on the local broker (as the scripts start it), through its management API:
/// deleted at the end with every queue, so no queue of a finished run stays bound to the exchanges and keeps filling.
/// </summary>
public static class VirtualHosts
{
    /// <summary>The broker's management API, as the scripts configure it.</summary>
    public static HttpClient Admin() => new()
    {
        BaseAddress = new Uri("http://localhost:15672/api/"),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest"))) },
    };

    public static async Task CreateAsync(string name)
    {
        using var admin = Admin();
        (await admin.PutAsync($"vhosts/{name}", null)).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"permissions/{name}/guest", new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
    }

    public static async Task DeleteAsync(string name)
    {
        using var admin = Admin();
        (await admin.DeleteAsync($"vhosts/{name}")).EnsureSuccessStatusCode();
    }
}
