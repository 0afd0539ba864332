using GutAusgestattet.Gaps.GapDetection;

namespace GutAusgestattet.Gaps.UnitTests;

public sealed class ChangesSinceTests
{
    private static readonly DateTimeOffset Visit = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static GapHistoryEntry Entry(string key, string @event, int version, double hoursAfterVisit, double personHours = 10) => new()
    {
        TenantId = "09162000", GapKey = key, Event = @event, Version = version, At = Visit.AddHours(hoursAfterVisit),
        EstimatedPersons = personHours / 2, PersonHours = personHours, Intervals = "Mo 06:00–07:00",
    };

    private static Dictionary<string, GapHistoryEntry> Then(params GapHistoryEntry[] entries) => entries.ToDictionary(e => e.GapKey);

    [Fact]
    public void A_gap_that_did_not_exist_at_the_visit_is_detected_even_when_it_changed_since()
    {
        var change = Assert.Single(ChangesSince.Of([Entry("kita:a:time", ChangesSince.Detected, 1, 1), Entry("kita:a:time", ChangesSince.Changed, 2, 2, 14)], Then()));
        Assert.Equal((ChangesSince.Detected, 14.0, null), (change.Event, change.Last.PersonHours, change.Before));
    }

    [Fact]
    public void A_gap_open_at_the_visit_that_changed_carries_its_figures_of_then()
    {
        var then = Entry("kita:a:time", ChangesSince.Detected, 1, -24, 10);
        var change = Assert.Single(ChangesSince.Of([Entry("kita:a:time", ChangesSince.Changed, 3, 2, 18), Entry("kita:a:time", ChangesSince.Changed, 2, 1, 12)], Then(then)));
        Assert.Equal((ChangesSince.Changed, 18.0, 10.0), (change.Event, change.Last.PersonHours, change.Before!.PersonHours));
    }

    [Fact]
    public void A_gap_open_at_the_visit_and_closed_since_is_resolved()
    {
        var change = Assert.Single(ChangesSince.Of([Entry("kita:a:time", ChangesSince.Resolved, 2, 1)], Then(Entry("kita:a:time", ChangesSince.Detected, 1, -1))));
        Assert.Equal(ChangesSince.Resolved, change.Event);
    }

    [Fact]
    public void A_gap_that_came_and_went_between_two_visits_is_no_news() =>
        Assert.Empty(ChangesSince.Of([Entry("kita:a:time", ChangesSince.Detected, 1, 1), Entry("kita:a:time", ChangesSince.Resolved, 2, 2)], Then()));

    [Fact]
    public void A_gap_resolved_before_the_visit_that_opened_again_is_detected() =>
        Assert.Equal(ChangesSince.Detected, Assert.Single(ChangesSince.Of(
            [Entry("kita:a:time", ChangesSince.Detected, 3, 1)], Then(Entry("kita:a:time", ChangesSince.Resolved, 2, -1)))).Event);

    [Fact]
    public void A_gap_that_closed_and_opened_again_since_the_visit_is_detected_again() =>
        Assert.Equal(ChangesSince.Detected, Assert.Single(ChangesSince.Of(
            [Entry("kita:a:time", ChangesSince.Resolved, 2, 1), Entry("kita:a:time", ChangesSince.Detected, 3, 2)], Then(Entry("kita:a:time", ChangesSince.Detected, 1, -1)))).Event);

    [Fact]
    public void Each_gap_is_told_once() =>
        Assert.Equal(["kita:a:time", "kita:b:content"], ChangesSince.Of(
            [Entry("kita:a:time", ChangesSince.Detected, 1, 1), Entry("kita:b:content", ChangesSince.Detected, 1, 1), Entry("kita:a:time", ChangesSince.Changed, 2, 3)], Then())
            .Select(c => c.Key).Order(StringComparer.Ordinal));
}
