using System.Reflection;

namespace GutAusgestattet.Contracts;

/// <summary>
/// Marks an event that carries one household's answers (or names them). It travels only on the internal
/// route between the services that need it: an exchange whose name starts with <see cref="EventRoute.InternalPrefix"/>,
/// which the broker permissions of other services and of systems outside never match, and it stays out of
/// the public event catalogue (<c>asyncapi.json</c>). Systems outside get the aggregated, suppressed events instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class InternalEventAttribute : Attribute;

/// <summary>The RabbitMQ exchange an event type is published to: public events under their own name, internal ones prefixed.</summary>
public static class EventRoute
{
    /// <summary>
    /// Starts the exchange name of every <see cref="InternalEventAttribute"/> event. RabbitMQ permissions are regular
    /// expressions over names; the public ones are anchored at <c>^GutAusgestattet\.Contracts\.</c>, so they can never match these.
    /// </summary>
    public const string InternalPrefix = "internal.";

    /// <summary>Whether <paramref name="eventType"/> carries <see cref="InternalEventAttribute"/>.</summary>
    public static bool IsInternal(Type eventType) => eventType.IsDefined(typeof(InternalEventAttribute), inherit: false);

    /// <summary>
    /// The exchange name of <paramref name="eventType"/>: MassTransit's <c>Namespace:TypeName</c>, with
    /// <see cref="InternalPrefix"/> in front for an internal event.
    /// </summary>
    public static string Exchange(Type eventType) => Prefix(eventType) + $"{eventType.Namespace}:{eventType.Name}";

    /// <summary><see cref="InternalPrefix"/> for an internal event, else empty: what goes before MassTransit's own name for it.</summary>
    public static string Prefix(Type eventType) => IsInternal(eventType) ? InternalPrefix : "";

    /// <summary>Every concrete <see cref="ITenantEvent"/> of <paramref name="assembly"/> (by default the contracts).</summary>
    public static IReadOnlyList<Type> Events(Assembly? assembly = null) =>
        (assembly ?? typeof(ITenantEvent).Assembly).GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ITenantEvent).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
}
