using System.Text.Json;
using System.Text.Json.Serialization;
using Polly;

namespace GutAusgestattet.ServiceDefaults.Http;

/// <summary>What the web applications share when they call a service: how it writes JSON, and which failures mean "not reachable now".</summary>
public static class ServiceCalls
{
    /// <summary>The services write camelCase, enums as camelCase strings, and leave nulls out of what they read.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// The call failed on the way, not by the service's answer: unreachable, an unreadable body, the resilience
    /// pipeline giving up (timeout, open circuit), or a timeout that was not the caller's own cancellation.
    /// </summary>
    public static bool IsUnreachable(Exception e, CancellationToken ct) =>
        e is HttpRequestException or JsonException or ExecutionRejectedException || (e is OperationCanceledException && !ct.IsCancellationRequested);
}
