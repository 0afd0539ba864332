namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>What became of one gap (by key) after a moment, told by the one event that sums it up.</summary>
/// <param name="Event"><c>GapDetected</c> (it did not exist then), <c>GapChanged</c> or <c>GapResolved</c>.</param>
/// <param name="Last">The gap's last announcement: its figures now, or when it was resolved.</param>
/// <param name="Before">Its last announcement up to the moment, for a changed gap: the figures the planner saw then.</param>
public sealed record ChangeSince(string Key, string Event, GapHistoryEntry Last, GapHistoryEntry? Before);

/// <summary>
/// The net change of a municipality's gaps since a planner's last visit, from the announcements after it.
/// A gap that appeared and was resolved in between is left out: there is nothing to look at, then or now.
/// A resolved gap that opened again is news as detected, whatever its earlier life.
/// </summary>
public static class ChangesSince
{
    public const string Detected = "GapDetected", Changed = "GapChanged", Resolved = "GapResolved";

    /// <param name="after">Every announcement after the moment.</param>
    /// <param name="before">The last announcement up to the moment, per key (only keys still open then matter).</param>
    public static IReadOnlyList<ChangeSince> Of(IEnumerable<GapHistoryEntry> after, IReadOnlyDictionary<string, GapHistoryEntry> before)
    {
        var changes = new List<ChangeSince>();
        foreach (var entries in after.GroupBy(e => e.GapKey, StringComparer.Ordinal))
        {
            var ordered = entries.OrderBy(e => e.At).ThenBy(e => e.Version).ToList();
            var last = ordered[^1];
            var earlier = before.GetValueOrDefault(entries.Key);
            var openThen = earlier is { Event: not Resolved };
            var (news, then) = last.Event switch
            {
                Resolved => openThen ? (Resolved, earlier) : (null, null),
                _ when !openThen || ordered.Any(e => e.Event == Resolved) => (Detected, null),
                _ => (Changed, earlier),
            };
            if (news is not null) changes.Add(new ChangeSince(entries.Key, news, last, then));
        }
        return changes;
    }
}
