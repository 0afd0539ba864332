using System.Text.Json.Nodes;
using GutAusgestattet.Contracts.Catalogue;

namespace GutAusgestattet.Contracts.Tests;

// The generator works from reflection alone: these events exist only in the test assembly.
public class GeneratorTests
{
    [Fact]
    public void A_new_event_record_enters_the_document_without_registration()
    {
        var document = Generate(typeof(V99.ProbeRaised));

        var channel = document["channels"]!["V99.ProbeRaised"]!;
        Assert.Equal("GutAusgestattet.Contracts.V99:ProbeRaised", channel["address"]!.GetValue<string>());
        Assert.Equal("V99", document["info"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public void A_record_gaining_a_property_changes_its_payload_schema()
    {
        var before = Schema(typeof(V99.ProbeRaised));
        var after = Schema(typeof(V99.ProbeRaisedWithNote));

        Assert.Null(before["properties"]!["note"]);
        Assert.Equal("""["string","null"]""", after["properties"]!["note"]!["type"]!.ToJsonString());
        Assert.DoesNotContain("note", after["required"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void An_internal_event_stays_out_of_the_document()
    {
        var document = Generate(typeof(V99.ProbeRaised), typeof(V99.ProbeAnswered));

        Assert.NotNull(document["channels"]!["V99.ProbeRaised"]);
        Assert.Null(document["channels"]!["V99.ProbeAnswered"]);
        Assert.DoesNotContain("ProbeAnswered", document.ToJsonString());
    }

    [Fact]
    public void A_tenant_event_outside_a_versioned_namespace_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => EventCatalogue.From([typeof(Unversioned.StrayEvent)]));
        Assert.Contains("V<n>", error.Message);
    }

    static JsonObject Generate(params Type[] types) =>
        JsonNode.Parse(AsyncApiDocument.Generate(EventCatalogue.From(types)))!.AsObject();

    static JsonObject Schema(Type type) =>
        Generate(type)["components"]!["schemas"]![$"V99.{type.Name}"]!.AsObject();
}
