using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.UnitTests;

public sealed class GapStateTests
{
    private static Gap WithResponses(int responses) => new()
    {
        TenantId = "09162000", Key = "kita:a:time", Category = "kita", AreaCode = "a", Kind = GapKind.Time, Intervals = "Mo 06:00–07:00",
        EstimatedPersons = responses, PersonHours = responses * 1.5, Severity = 40, Confidence = responses / (responses + 5.0), Responses = responses,
    };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void Below_five_responses_an_event_tells_only_that_the_gap_exists(int responses)
    {
        var state = WithResponses(responses).ToState();

        Assert.Equal(("kita", "a", "time", true), (state.Category, state.AreaCode, state.Kind, state.Withheld));
        Assert.Equal([null, null, null, null, null], new object?[] { state.Responses, state.Confidence, state.EstimatedPersons, state.PersonHours, state.Severity });
        Assert.Null(state.Intervals);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(12)]
    public void From_five_responses_on_an_event_carries_the_figures(int responses)
    {
        var state = WithResponses(responses).ToState();

        Assert.False(state.Withheld);
        Assert.Equal((responses, Math.Round(responses / (responses + 5.0), 4)), (state.Responses, Math.Round(state.Confidence!.Value, 4)));
        Assert.Equal(("Mo 06:00–07:00", (double)responses, 40.0), (state.Intervals, state.EstimatedPersons!.Value, state.Severity!.Value));
    }
}
