using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace GutAusgestattet.Contracts.Catalogue;

/// <summary>JSON Schema of an event body exactly as MassTransit writes it into the envelope's <c>message</c>.</summary>
internal static class PayloadSchemas
{
    // As MassTransit 8's SystemTextJsonMessageSerializer.Options: camelCase names, strict numbers,
    // nulls written. Its extra converters cover TimeSpan, Uri, MessageData and interface-typed
    // members, none of which the contracts use.
    static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        // Makes `string` a non-null string and `double?` a number-or-null in the schema.
        RespectNullableAnnotations = true,
    };

    public static JsonNode For(Type type)
    {
        // Only the event's own assembly documents it; framework types (Guid, lists) stay bare.
        var docs = XmlDocs.For(type.Assembly);
        return JsonSchemaExporter.GetJsonSchemaAsNode(Options, type, new JsonSchemaExporterOptions
        {
            // Collection elements carry no annotation of their own; the contracts never put nulls in lists.
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Annotate(context, node, docs),
        });
    }

    static JsonNode Annotate(JsonSchemaExporterContext context, JsonNode node, XmlDocs docs)
    {
        if (node is not JsonObject schema)
            return node;

        var property = context.PropertyInfo;
        var description = (property?.AttributeProvider is MemberInfo member ? docs.Property(member) : null)
            ?? docs.Type(context.TypeInfo.Type);
        if (description is not null)
            schema["description"] = description;

        // The body's tenantId must agree with the tenant header, so it gets the same pattern.
        if (property is { Name: "tenantId" } && typeof(ITenantEvent).IsAssignableFrom(property.DeclaringType))
            schema["pattern"] = Ags.Pattern;

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object)
            schema["required"] = new JsonArray(RequiredProperties(context.TypeInfo).Select(n => (JsonNode?)n).ToArray());

        return schema;
    }

    // A producer must always fill a non-nullable constructor parameter; nullable ones may be null.
    static IEnumerable<string> RequiredProperties(JsonTypeInfo type) =>
        type.Properties
            .Where(p => p.IsRequired || p.AssociatedParameter is { IsNullable: false, HasDefaultValue: false })
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);
}
