using System.Text.Json.Nodes;

namespace GutAusgestattet.Contracts.Catalogue;

/// <summary>
/// The event catalogue as an AsyncAPI 3.0 document, generated from the contracts themselves so it
/// cannot drift from them. <c>src/Contracts/asyncapi.json</c> is its checked-in output.
/// </summary>
public static class AsyncApiDocument
{
    const string AmqpBindingVersion = "0.3.0";

    /// <summary>
    /// Builds the document for every <see cref="ITenantEvent"/> in a <c>GutAusgestattet.Contracts.V&lt;n&gt;</c>
    /// namespace, as canonical JSON (sorted keys, LF line endings, trailing newline).
    /// </summary>
    /// <exception cref="InvalidOperationException">The XML documentation file is not beside the assembly.</exception>
    public static string Generate()
    {
        var assembly = typeof(ITenantEvent).Assembly;
        if (XmlDocs.For(assembly).IsEmpty)
            throw new InvalidOperationException(
                $"No XML documentation beside {assembly.Location}; the catalogue's descriptions come from it. " +
                "Build GutAusgestattet.Contracts with GenerateDocumentationFile=true.");
        return Generate(EventCatalogue.Discover(assembly));
    }

    internal static string Generate(IReadOnlyList<CatalogueEvent> events)
    {
        JsonObject channels = [], operations = [], messages = [];
        JsonObject schemas = new()
        {
            ["MassTransitEnvelope"] = MassTransitEnvelope.Schema(),
            ["TenantHeaders"] = MassTransitEnvelope.TenantHeaders(),
        };

        foreach (var e in events)
        {
            schemas[e.Id] = PayloadSchemas.For(e.Type);
            messages[e.Id] = Message(e);
            channels[e.Id] = Channel(e);
            operations[$"{e.Id}.publish"] = Operation(e);
        }

        return CanonicalJson.Write(new JsonObject
        {
            ["asyncapi"] = "3.0.0",
            ["info"] = Info(events),
            ["defaultContentType"] = MassTransitEnvelope.ContentType,
            ["channels"] = channels,
            ["operations"] = operations,
            ["components"] = new JsonObject { ["messages"] = messages, ["schemas"] = schemas },
        });
    }

    static JsonObject Info(IReadOnlyList<CatalogueEvent> events)
    {
        var versions = events.Select(e => $"V{e.Version}").Distinct().ToList();
        return new JsonObject
        {
            ["title"] = "Gut ausgestattet integration events",
            // The contract versions it holds: a breaking change adds a namespace, never edits one.
            ["version"] = versions.Count == 0 ? "none" : string.Join("+", versions),
            ["description"] = string.Join("\n\n",
                "Integration events of the Gut ausgestattet platform, generated from the records in GutAusgestattet.Contracts " +
                "(src/Contracts) by AsyncApiDocument.Generate(); do not edit by hand.",
                "Versioning is by namespace: every ITenantEvent in GutAusgestattet.Contracts.V<n> belongs to contract version <n> " +
                $"(this document holds {string.Join(", ", versions)}). A breaking change adds the event to a new V<n+1> namespace; " +
                "as the namespace is part of the exchange name and the message URN, both versions can be published side by side.",
                "Transport: RabbitMQ through MassTransit 8 with its default publish topology. Each event type is published to a " +
                "durable fanout exchange named Namespace:TypeName (e.g. GutAusgestattet.Contracts.V1:OfferRegistered); " +
                "subscribe by binding a queue to it, the routing key is ignored.",
                "Events that carry one household's answers are internal and not in this catalogue: they travel between the " +
                $"platform's own services on exchanges named {EventRoute.InternalPrefix}Namespace:TypeName, which the broker " +
                "permissions of systems outside do not open. Systems outside receive the aggregated gap events instead, in " +
                "which figures resting on fewer than 5 responses are withheld.",
                "Body: MassTransit's JSON envelope (application/vnd.masstransit+json, see components.schemas.MassTransitEnvelope); " +
                "the event sits in its `message` property with camelCase names, and `messageType` lists the message URN " +
                "urn:message:Namespace:TypeName.",
                $"Tenancy: every event belongs to one municipality; the `{TenantHeader.Name}` header carries its 8-digit AGS."),
        };
    }

    static JsonObject Channel(CatalogueEvent e) => new()
    {
        ["address"] = e.ExchangeName,
        ["title"] = $"{e.Type.Name} (V{e.Version})",
        ["description"] =
            $"Durable fanout exchange MassTransit declares for {e.Type.FullName} and publishes every {e.Type.Name} to. " +
            "Bind a queue to receive them; the routing key is ignored.",
        ["messages"] = new JsonObject { [e.Type.Name] = Ref($"#/components/messages/{e.Id}") },
        ["bindings"] = new JsonObject
        {
            ["amqp"] = new JsonObject
            {
                ["bindingVersion"] = AmqpBindingVersion,
                ["is"] = "routingKey",
                ["exchange"] = new JsonObject
                {
                    ["name"] = e.ExchangeName,
                    ["type"] = "fanout",
                    ["durable"] = true,
                    ["autoDelete"] = false,
                },
            },
        },
    };

    static JsonObject Operation(CatalogueEvent e) => new()
    {
        ["action"] = "send",
        ["title"] = $"Publish {e.Type.Name}",
        ["summary"] = $"The owning service publishes {e.Type.Name} (IPublishEndpoint.Publish); publishers must set the tenant header.",
        ["channel"] = Ref($"#/channels/{e.Id}"),
        ["messages"] = new JsonArray(Ref($"#/channels/{e.Id}/messages/{e.Type.Name}")),
        ["bindings"] = new JsonObject
        {
            // MassTransit publishes persistent messages unless told otherwise.
            ["amqp"] = new JsonObject { ["bindingVersion"] = AmqpBindingVersion, ["deliveryMode"] = 2 },
        },
    };

    static JsonObject Message(CatalogueEvent e) => new()
    {
        ["name"] = e.Type.Name,
        ["title"] = $"{e.Type.Name} (V{e.Version})",
        ["description"] = string.Join("\n\n",
            new[]
            {
                XmlDocs.For(e.Type.Assembly).Type(e.Type),
                $"Message URN {e.MessageUrn}. The payload is MassTransit's JSON envelope; the event is its `message` property " +
                $"(schema {e.Id}).",
            }.OfType<string>()),
        ["contentType"] = MassTransitEnvelope.ContentType,
        ["tags"] = new JsonArray(new JsonObject { ["name"] = $"V{e.Version}" }),
        ["headers"] = Ref("#/components/schemas/TenantHeaders"),
        ["payload"] = new JsonObject
        {
            ["allOf"] = new JsonArray(
                Ref("#/components/schemas/MassTransitEnvelope"),
                new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("headers", "message"),
                    ["properties"] = new JsonObject
                    {
                        ["message"] = Ref($"#/components/schemas/{e.Id}"),
                        ["messageType"] = new JsonObject { ["contains"] = new JsonObject { ["const"] = e.MessageUrn } },
                        ["headers"] = Ref("#/components/schemas/TenantHeaders"),
                    },
                }),
        },
        ["bindings"] = new JsonObject
        {
            ["amqp"] = new JsonObject { ["bindingVersion"] = AmqpBindingVersion, ["messageType"] = e.MessageUrn },
        },
    };

    static JsonObject Ref(string pointer) => new() { ["$ref"] = pointer };
}
