using System.Text.Json.Nodes;

namespace GutAusgestattet.Contracts.Catalogue;

/// <summary>
/// What surrounds an event on the wire: MassTransit 8's JSON envelope (the AMQP body) and the
/// headers. Written out by hand because it is MassTransit's format, not ours.
/// </summary>
internal static class MassTransitEnvelope
{
    public const string ContentType = "application/vnd.masstransit+json";

    public static JsonObject Schema() => (JsonObject)JsonNode.Parse("""
        {
          "type": "object",
          "description": "The envelope MassTransit 8's System.Text.Json serializer wraps every message in (content type application/vnd.masstransit+json). The event itself is the `message` property; all names are camelCase. Null-valued properties are written as null, not left out.",
          "required": ["message", "messageId", "messageType"],
          "properties": {
            "messageId": { "type": "string", "format": "uuid", "description": "Unique per sent message; deduplicate on it." },
            "requestId": { "type": ["string", "null"], "format": "uuid" },
            "correlationId": { "type": ["string", "null"], "format": "uuid" },
            "conversationId": { "type": ["string", "null"], "format": "uuid", "description": "Shared by all messages caused by the same initial message." },
            "initiatorId": { "type": ["string", "null"], "format": "uuid", "description": "messageId of the message that caused this one." },
            "sourceAddress": { "type": ["string", "null"], "format": "uri", "description": "Endpoint address of the publisher." },
            "destinationAddress": { "type": ["string", "null"], "format": "uri", "description": "Address of the exchange the message was published to." },
            "responseAddress": { "type": ["string", "null"], "format": "uri" },
            "faultAddress": { "type": ["string", "null"], "format": "uri" },
            "messageType": {
              "type": "array",
              "items": { "type": "string", "pattern": "^urn:message:" },
              "description": "Message URNs (urn:message:Namespace:TypeName): the published type first, then the message types it implements. MassTransit consumers pick the message by these."
            },
            "message": { "type": "object", "description": "The event body." },
            "expirationTime": { "type": ["string", "null"], "format": "date-time" },
            "sentTime": { "type": ["string", "null"], "format": "date-time" },
            "headers": { "type": "object", "description": "Headers the publisher set, the tenant header among them." },
            "host": {
              "type": ["object", "null"],
              "description": "The publishing process.",
              "properties": {
                "machineName": { "type": ["string", "null"] },
                "processName": { "type": ["string", "null"] },
                "processId": { "type": "integer" },
                "assembly": { "type": ["string", "null"] },
                "assemblyVersion": { "type": ["string", "null"] },
                "frameworkVersion": { "type": ["string", "null"] },
                "massTransitVersion": { "type": ["string", "null"] },
                "operatingSystemVersion": { "type": ["string", "null"] }
              }
            }
          }
        }
        """)!;

    public static JsonObject TenantHeaders() => new()
    {
        ["type"] = "object",
        ["description"] =
            "MassTransit writes every header the publisher set both as an AMQP application header and into the envelope's `headers`. " +
            "Other headers (MT-*, trace context) may appear beside the tenant header.",
        ["required"] = new JsonArray(TenantHeader.Name),
        ["properties"] = new JsonObject
        {
            [TenantHeader.Name] = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = Ags.Pattern,
                ["description"] = "The tenant's 8-digit Amtlicher Gemeindeschlüssel (AGS); equals the body's `tenantId`.",
            },
        },
    };
}
