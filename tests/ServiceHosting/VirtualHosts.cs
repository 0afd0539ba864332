using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace GutAusgestattet.ServiceHosting;

/// <summary>
/// A test run's own RabbitMQ virtual host on the local broker (as the scripts start it), through its management API:
/// deleted at the end with every queue, so no queue of a finished run stays bound to the exchanges and keeps filling.
/// Users with narrower permissions on it play a service or a system outside as a region configures them.
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
        await SetPermissionsAsync(name, "guest", new BrokerPermissions(".*", ".*", ".*"));
    }

    public static async Task DeleteAsync(string name)
    {
        using var admin = Admin();
        (await admin.DeleteAsync($"vhosts/{name}")).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A broker user without tags (no management access), allowed on <paramref name="virtualHost"/> exactly what
    /// <paramref name="permissions"/> say. Users are broker-wide: give them a run's own name and delete them at the end.
    /// </summary>
    public static async Task CreateUserAsync(string virtualHost, string user, string password, BrokerPermissions permissions)
    {
        using var admin = Admin();
        (await admin.PutAsJsonAsync($"users/{Uri.EscapeDataString(user)}", new { password, tags = "" })).EnsureSuccessStatusCode();
        await SetPermissionsAsync(virtualHost, user, permissions);
    }

    public static async Task DeleteUserAsync(string user)
    {
        using var admin = Admin();
        (await admin.DeleteAsync($"users/{Uri.EscapeDataString(user)}")).EnsureSuccessStatusCode();
    }

    private static async Task SetPermissionsAsync(string virtualHost, string user, BrokerPermissions permissions)
    {
        using var admin = Admin();
        (await admin.PutAsJsonAsync($"permissions/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(user)}",
            new { configure = permissions.Configure, write = permissions.Write, read = permissions.Read })).EnsureSuccessStatusCode();
    }
}

/// <summary>RabbitMQ's three permission regexes over exchange and queue names, as <c>rabbitmqctl set_permissions</c> takes them.</summary>
public sealed record BrokerPermissions(string Configure, string Write, string Read);
