using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GutAusgestattet.Contracts.Catalogue;

namespace GutAusgestattet.Contracts.Tests;

// The parts of the AsyncAPI 3.0 specification the catalogue relies on, checked offline.
public class AsyncApiShapeTests
{
    static readonly Regex ComponentKey = new("^[A-Za-z0-9_.-]+$");

    [Fact]
    public void Document_has_the_AsyncAPI_3_0_shape()
    {
        var document = CatalogueDocument.Document;

        Assert.Equal("3.0.0", document["asyncapi"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(document["info"]?["title"]?.GetValue<string>()), "info.title");
        Assert.Matches("^V[0-9]+(\\+V[0-9]+)*$", document["info"]?["version"]?.GetValue<string>() ?? "");

        var channels = document["channels"]!.AsObject();
        Assert.NotEmpty(channels);
        foreach (var (id, channel) in channels)
        {
            Assert.Matches(ComponentKey, id);
            Assert.False(string.IsNullOrWhiteSpace(channel?["address"]?.GetValue<string>()), $"channel {id} has no address");
            Assert.NotEmpty(channel!["messages"]!.AsObject());
            foreach (var (_, message) in channel["messages"]!.AsObject())
                Assert.StartsWith("#/components/messages/", message?["$ref"]?.GetValue<string>() ?? "");
        }

        var operations = document["operations"]!.AsObject();
        foreach (var (id, operation) in operations)
        {
            Assert.Matches(ComponentKey, id);
            Assert.Equal("send", operation?["action"]?.GetValue<string>());
            var channelRef = operation!["channel"]?["$ref"]?.GetValue<string>() ?? "";
            Assert.StartsWith("#/channels/", channelRef);
            CatalogueDocument.Follow(document, operation["channel"]);
            // AsyncAPI 3.0: an operation's messages must be messages of its channel.
            foreach (var message in Assert.IsType<JsonArray>(operation["messages"]))
                Assert.StartsWith($"{channelRef}/messages/", message?["$ref"]?.GetValue<string>() ?? "");
        }

        Assert.Equal(
            channels.Select(c => $"#/channels/{c.Key}").Order(),
            operations.Select(o => o.Value!["channel"]!["$ref"]!.GetValue<string>()).Order());

        foreach (var (id, message) in document["components"]!["messages"]!.AsObject())
        {
            Assert.Matches(ComponentKey, id);
            Assert.NotNull(message?["payload"]);
            var headers = CatalogueDocument.Follow(document, message!["headers"]);
            Assert.Equal("object", headers["type"]?.GetValue<string>());
            Assert.Contains(TenantHeader.Name, headers["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        }

        foreach (var id in document["components"]!["schemas"]!.AsObject().Select(s => s.Key))
            Assert.Matches(ComponentKey, id);
    }

    [Fact]
    public void Every_reference_resolves()
    {
        var document = CatalogueDocument.Document;
        var references = References(document).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(CatalogueDocument.Resolve(document, r) is not null, $"{r} points nowhere"));
    }

    [Theory]
    [InlineData("09162000", true)]
    [InlineData("16077001", true)]
    [InlineData("00162000", false)]
    [InlineData("17000000", false)]
    [InlineData("0916200", false)]
    [InlineData("091620001", false)]
    public void Tenant_header_pattern_accepts_exactly_AGS_values(string value, bool valid)
    {
        var headers = CatalogueDocument.Follow(CatalogueDocument.Document, new JsonObject { ["$ref"] = "#/components/schemas/TenantHeaders" });
        var pattern = headers["properties"]![TenantHeader.Name]!["pattern"]!.GetValue<string>();

        Assert.Equal(valid, Regex.IsMatch(value, pattern));
    }

    [Fact]
    public void Output_is_canonical()
    {
        var text = CatalogueDocument.Generated;

        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text);
        Assert.Equal(text, AsyncApiDocument.Generate());
        Assert.All(Objects(CatalogueDocument.Document), o =>
            Assert.Equal(o.Select(p => p.Key).Order(StringComparer.Ordinal), o.Select(p => p.Key)));
    }

    static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" ? [p.Value!.GetValue<string>()] : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };

    static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Objects).Prepend(o),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };
}
