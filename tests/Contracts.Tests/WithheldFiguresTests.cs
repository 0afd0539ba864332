using System.Text.Json.Nodes;

namespace GutAusgestattet.Contracts.Tests;

/// <summary>What the catalogue promises consumers about small cells: a gap event may carry no figure at all.</summary>
public class WithheldFiguresTests
{
    static readonly string[] Figures = ["confidence", "estimatedPersons", "intervals", "personHours", "responses", "severity"];

    [Theory]
    [InlineData("V2.GapDetected")]
    [InlineData("V2.GapChanged")]
    [InlineData("V2.GapResolved")]
    public void Every_figure_of_a_gap_event_may_be_null_responses_and_confidence_included(string id)
    {
        var document = CatalogueDocument.Document;
        var gap = document["components"]!["schemas"]![id]!["properties"]!["gap"]!.AsObject();

        Assert.Contains("withheld", gap["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.All(Figures, figure =>
        {
            Assert.DoesNotContain(figure, gap["required"]!.AsArray().Select(n => n!.GetValue<string>()));
            Assert.Contains("null", Types(gap["properties"]![figure]!));
        });
    }

    [Fact]
    public void The_gap_events_of_V1_that_always_carried_responses_are_gone() =>
        Assert.DoesNotContain(CatalogueDocument.Document["channels"]!.AsObject(), c => c.Key.StartsWith("V1.Gap", StringComparison.Ordinal));

    static IEnumerable<string> Types(JsonNode schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()),
        { } single => [single.GetValue<string>()],
        null => [],
    };
}
