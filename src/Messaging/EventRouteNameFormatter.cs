using GutAusgestattet.Contracts;
using MassTransit;

namespace GutAusgestattet.Messaging;

/// <summary>
/// Names each message type's exchange as <see cref="EventRoute.Exchange"/> says: MassTransit's own name, with
/// <see cref="EventRoute.InternalPrefix"/> in front for an internal event, so that publishers and consumers meet on
/// the internal exchange and the broker's permission regexes keep everyone else off it.
/// </summary>
internal sealed class EventRouteNameFormatter(IEntityNameFormatter massTransitNames) : IEntityNameFormatter
{
    public string FormatEntityName<T>() => EventRoute.Prefix(typeof(T)) + massTransitNames.FormatEntityName<T>();
}
