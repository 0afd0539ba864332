using System.Reflection;
using System.Text.RegularExpressions;

namespace GutAusgestattet.Contracts.Catalogue;

/// <summary>One published event type and the names MassTransit 8 gives it on RabbitMQ.</summary>
internal sealed record CatalogueEvent(Type Type, int Version)
{
    // MassTransit's RabbitMqMessageNameFormatter joins namespace and type name with ':'; the
    // publish topology declares a fanout exchange of exactly that name per message type.
    public string ExchangeName => EventRoute.Exchange(Type);

    // MessageUrn carries the same name, and consumers match the envelope's messageType on it.
    public string MessageUrn => $"urn:message:{Type.Namespace}:{Type.Name}";

    // AsyncAPI keys allow no ':', so ids use the version prefix instead of the namespace.
    public string Id => $"V{Version}.{Type.Name}";
}

internal static partial class EventCatalogue
{
    [GeneratedRegex(@"^GutAusgestattet\.Contracts\.V(?<version>[1-9][0-9]*)$")]
    private static partial Regex VersionedNamespace();

    public static IReadOnlyList<CatalogueEvent> Discover(Assembly assembly) => From(assembly.GetTypes());

    /// <summary>
    /// Every concrete, public <see cref="ITenantEvent"/> among <paramref name="types"/>, ordered by version then name.
    /// Internal events (<see cref="InternalEventAttribute"/>) are checked like the others but left out: the catalogue
    /// is what systems outside may subscribe to.
    /// </summary>
    public static IReadOnlyList<CatalogueEvent> From(IEnumerable<Type> types) =>
        types
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ITenantEvent).IsAssignableFrom(t))
            .Select(ToEvent)
            .Where(e => !EventRoute.IsInternal(e.Type))
            .OrderBy(e => e.Version)
            .ThenBy(e => e.Type.Name, StringComparer.Ordinal)
            .ToList();

    static CatalogueEvent ToEvent(Type type)
    {
        // Failing here beats leaving an event out of the catalogue unnoticed.
        var match = VersionedNamespace().Match(type.Namespace ?? "");
        if (!match.Success)
            throw new InvalidOperationException(
                $"{type.FullName} implements ITenantEvent outside a GutAusgestattet.Contracts.V<n> namespace; " +
                "move it into the namespace of its contract version.");

        // Nested and generic types get other exchange names ('-', '[[...]]'); keep events plain.
        if (type.IsNested || type.IsGenericType)
            throw new InvalidOperationException($"{type.FullName} must be a top-level, non-generic type to be published.");

        return new CatalogueEvent(type, int.Parse(match.Groups["version"].Value));
    }
}
