using System.Text.Json;
using System.Text.Json.Serialization;

namespace GutAusgestattet.ServiceDefaults.Http;

/// <summary>A service's RFC 7807 refusal as a web application reads it: the rule per field (<c>openingHours</c>, <c>line[3].latitude</c>) and what else it attached.</summary>
public sealed record ServiceProblem(string? Title, string? Detail, Dictionary<string, string[]>? Errors)
{
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; init; }

    public IReadOnlyDictionary<string, string[]> FieldErrors => Errors ?? [];

    /// <summary>An attachment of the problem (an import's <c>report</c>) read as <typeparamref name="T"/>.</summary>
    public T? Attached<T>(string name) where T : class =>
        Extensions?.GetValueOrDefault(name) is { ValueKind: JsonValueKind.Object } value ? value.Deserialize<T>(ServiceCalls.Json) : null;
}
