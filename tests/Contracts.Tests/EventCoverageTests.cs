using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GutAusgestattet.Contracts.Tests;

public class EventCoverageTests
{
    // Found here independently of the generator, so a generator that skips an event fails.
    static IEnumerable<Type> TenantEvents() =>
        typeof(ITenantEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ITenantEvent).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    public static TheoryData<Type> PublicEvents() => [.. TenantEvents().Where(t => !t.IsDefined(typeof(InternalEventAttribute), false))];

    [Fact]
    public void The_contracts_hold_public_tenant_events_at_all() => Assert.NotEmpty(PublicEvents());

    [Theory]
    [MemberData(nameof(PublicEvents))]
    public void Every_public_tenant_event_is_a_channel_whose_payload_schema_matches_the_record(Type type)
    {
        var document = CatalogueDocument.Document;
        var exchange = $"{type.Namespace}:{type.Name}";

        var channel = document["channels"]!.AsObject()
            .Select(c => c.Value!.AsObject())
            .SingleOrDefault(c => c["address"]?.GetValue<string>() == exchange);
        Assert.True(channel is not null, $"no channel with address {exchange}");
        Assert.Equal("fanout", channel["bindings"]?["amqp"]?["exchange"]?["type"]?.GetValue<string>());

        var message = CatalogueDocument.Follow(document, Assert.Single(channel["messages"]!.AsObject()).Value);
        Assert.Equal($"urn:message:{exchange}", message["bindings"]?["amqp"]?["messageType"]?.GetValue<string>());

        var body = CatalogueDocument.Follow(document, message["payload"]?["allOf"]?[1]?["properties"]?["message"]);
        Assert.Equal(JsonPropertyNames(type), body["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(NonNullablePropertyNames(type), body["required"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    // One household's answers, its withdrawal, its retirement and its stratum's weight: only the gap service may hear them.
    [Theory]
    [InlineData(typeof(V1.AnswersImported))]
    [InlineData(typeof(V1.AnswersRetired))]
    [InlineData(typeof(V1.NeedsImported))]
    [InlineData(typeof(V1.NeedsReported))]
    [InlineData(typeof(V1.NeedsReweighted))]
    [InlineData(typeof(V1.NeedsWithdrawn))]
    public void Events_about_one_households_answers_are_internal_and_not_in_the_catalogue(Type type)
    {
        Assert.True(EventRoute.IsInternal(type), $"{type.Name} must carry [InternalEvent]");
        Assert.Equal($"internal.{type.Namespace}:{type.Name}", EventRoute.Exchange(type));

        var document = CatalogueDocument.Generated;
        Assert.DoesNotContain($"{type.Namespace}:{type.Name}", document);
        Assert.DoesNotContain($"V1.{type.Name}", document);
    }

    [Fact]
    public void Every_internal_event_is_left_out_of_the_catalogue()
    {
        var addresses = CatalogueDocument.Document["channels"]!.AsObject().Select(c => c.Value!["address"]!.GetValue<string>()).ToList();

        Assert.All(TenantEvents().Where(EventRoute.IsInternal), type => Assert.DoesNotContain(addresses, a => a.EndsWith($":{type.Name}")));
        Assert.All(addresses, a => Assert.DoesNotMatch("^internal\\.", a));
    }

    static IEnumerable<string> JsonPropertyNames(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Order(StringComparer.Ordinal);

    static IEnumerable<string> NonNullablePropertyNames(Type type)
    {
        var nullability = new NullabilityInfoContext();
        // A parameter with a default may be left out by an older producer: the consumer reads the default.
        var defaulted = type.GetConstructors().Single().GetParameters().Where(p => p.HasDefaultValue).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => nullability.Create(p).ReadState == NullabilityState.NotNull && !defaulted.Contains(p.Name))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Order(StringComparer.Ordinal);
    }
}
