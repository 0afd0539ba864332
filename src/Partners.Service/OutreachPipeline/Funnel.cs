namespace GutAusgestattet.Partners.OutreachPipeline;

/// <summary>One conversion of the funnel: of the outreaches that reached <c>From</c>, the share that reached <c>To</c>; null with none.</summary>
public sealed record Conversion(string From, string To, int Reached, int Converted, double? Rate);

public sealed record FunnelView(int Total, IReadOnlyDictionary<string, int> Current, IReadOnlyDictionary<string, int> Reached, IReadOnlyList<Conversion> Conversions);

/// <summary>
/// Counts per current stage and conversion rates. Conversions count every outreach that ever
/// reached a stage, so one that was paused in talks and is paused still counts as having been in
/// talks: a pause does not undo a conversation.
/// </summary>
public static class Funnel
{
    private static readonly OutreachStage[] Forward = [OutreachStage.Identified, OutreachStage.Contacted, OutreachStage.InTalks, OutreachStage.Agreed];

    public static FunnelView Of(IReadOnlyList<(OutreachStage Current, IReadOnlySet<OutreachStage> Reached)> outreaches)
    {
        var current = Enum.GetValues<OutreachStage>().ToDictionary(StageMachine.Name, s => outreaches.Count(o => o.Current == s));
        var reached = Enum.GetValues<OutreachStage>().ToDictionary(StageMachine.Name, s => outreaches.Count(o => o.Reached.Contains(s)));
        var conversions = Forward.Zip(Forward.Skip(1)).Append((OutreachStage.Identified, OutreachStage.Agreed))
            .Select(pair => Rate(pair.Item1, pair.Item2, reached)).ToList();
        return new FunnelView(outreaches.Count, current, reached, conversions);
    }

    private static Conversion Rate(OutreachStage from, OutreachStage to, Dictionary<string, int> reached)
    {
        var (f, t) = (reached[StageMachine.Name(from)], reached[StageMachine.Name(to)]);
        return new Conversion(StageMachine.Name(from), StageMachine.Name(to), f, t, f == 0 ? null : Math.Round((double)t / f, 4));
    }
}
