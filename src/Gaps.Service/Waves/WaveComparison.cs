using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.ReadModel;

namespace GutAusgestattet.Gaps.Waves;

/// <summary>
/// Two survey waves side by side, per area and category: the gap each wave's demand alone leaves against the same offers (same engine,
/// same week), and what became of it. Households cannot be matched across waves — answers carry no identity, on purpose — so whether
/// "the households stayed" is answered by each wave's count of responses in the cell, not by following a household.
/// </summary>
public static class WaveComparison
{
    /// <summary>
    /// The cells with a gap in either wave. A cell's figures are those of its content, time and capacity gaps (feature gaps are left out:
    /// their persons are cared for, only not as they asked — as in the planning year): persons the largest peak, person-hours summed.
    /// </summary>
    /// <param name="first">The first wave's demand (its responses per cell are counted from it) and the findings of that demand alone.</param>
    /// <param name="second">Likewise for the second wave.</param>
    public static List<WaveCellComparison> Compare(
        (IReadOnlyList<DemandRecord> Demand, IReadOnlyList<GapFinding> Findings) first, (IReadOnlyList<DemandRecord> Demand, IReadOnlyList<GapFinding> Findings) second)
    {
        var (firstCells, secondCells) = (Cells(first.Findings), Cells(second.Findings));
        var (firstResponses, secondResponses) = (ResponsesPerCell(first.Demand), ResponsesPerCell(second.Demand));
        return [.. firstCells.Keys.Union(secondCells.Keys)
            .OrderBy(c => c.Category, StringComparer.Ordinal).ThenBy(c => c.AreaCode, StringComparer.Ordinal)
            .Select(cell =>
            {
                var was = WaveFigures.Of(firstCells.GetValueOrDefault(cell) ?? [], firstResponses.GetValueOrDefault(cell));
                var now = WaveFigures.Of(secondCells.GetValueOrDefault(cell) ?? [], secondResponses.GetValueOrDefault(cell));
                return new WaveCellComparison(cell.Category, cell.AreaCode, was, now, WaveVerdicts.Of(was, now));
            })];
    }

    /// <summary>How many responses a wave's demand rests on in all: a folded row of retired answers stands for several.</summary>
    public static int Responses(IEnumerable<DemandRecord> demand) => demand.GroupBy(d => d.ResponseId).Sum(r => r.Max(d => d.Responses));

    private static Dictionary<(string Category, string AreaCode), List<GapFinding>> Cells(IEnumerable<GapFinding> findings) =>
        findings.Where(f => f.Kind != GapKind.Feature).GroupBy(f => (f.Category, f.AreaCode)).ToDictionary(g => g.Key, g => g.ToList());

    private static Dictionary<(string Category, string AreaCode), int> ResponsesPerCell(IEnumerable<DemandRecord> demand) =>
        demand.GroupBy(d => (d.Category, d.AreaCode)).ToDictionary(g => g.Key, g => Responses(g));
}

/// <summary>One area and category in both waves.</summary>
/// <param name="Verdict">What became of the gap from the first wave to the second; <see cref="WaveVerdict.Withheld"/> when a side is.</param>
public sealed record WaveCellComparison(string Category, string AreaCode, WaveFigures First, WaveFigures Second, WaveVerdict Verdict);

/// <summary>
/// One wave's figures in a cell. Withheld (<see cref="Suppressed"/>, every figure null) when they rest on fewer than
/// <see cref="SmallCells.MinimumResponses"/> responses: the cell's responses in the wave, or those behind any of its gaps.
/// </summary>
/// <param name="EstimatedPersons">The most persons (weighted) without care in any one slot of the week; 0 without a gap.</param>
/// <param name="PersonHours">Person-hours per week without care; 0 without a gap.</param>
/// <param name="Responses">The wave's responses with a need in the cell, gap or not: whether the households are still there.</param>
public sealed record WaveFigures(bool Suppressed, double? EstimatedPersons, double? PersonHours, int? Responses)
{
    public static WaveFigures Of(IReadOnlyList<GapFinding> gaps, int responses) =>
        responses is > 0 and < SmallCells.MinimumResponses || gaps.Any(g => !SmallCells.MayShow(g.Responses))
            ? new WaveFigures(true, null, null, null)
            : new WaveFigures(false, Math.Round(gaps.Select(g => g.PeakPersons).DefaultIfEmpty().Max(), 1), Math.Round(gaps.Sum(g => g.PersonHours), 1), responses);
}

/// <summary>What became of a cell's gap from one wave to the next.</summary>
public enum WaveVerdict
{
    /// <summary>A gap in the first wave, none in the second.</summary>
    Closed,

    /// <summary>No gap in the first wave, one in the second.</summary>
    New,

    /// <summary>Person-hours up by at least <see cref="GapChange.Threshold"/> of the first wave's.</summary>
    Grew,

    /// <summary>Person-hours down by at least <see cref="GapChange.Threshold"/> of the first wave's, yet still a gap.</summary>
    Shrank,

    /// <summary>Person-hours within <see cref="GapChange.Threshold"/> of the first wave's (or no gap in either).</summary>
    Unchanged,

    /// <summary>A side's figures are withheld (small cell): so is the verdict, which would tell what they hide.</summary>
    Withheld,
}

public static class WaveVerdicts
{
    /// <summary>
    /// The verdict by the uncovered person-hours, the measure the planning year sums: a move smaller than <see cref="GapChange.Threshold"/>
    /// (10 %) of the first wave's is no change, as it is no news for a gap's announcement either.
    /// </summary>
    public static WaveVerdict Of(WaveFigures first, WaveFigures second)
    {
        if (first.Suppressed || second.Suppressed) return WaveVerdict.Withheld;
        var (was, now) = (first.PersonHours!.Value, second.PersonHours!.Value);
        return (was > 0, now > 0) switch
        {
            (false, false) => WaveVerdict.Unchanged,
            (false, true) => WaveVerdict.New,
            (true, false) => WaveVerdict.Closed,
            _ when Math.Abs(now - was) < GapChange.Threshold * was => WaveVerdict.Unchanged,
            _ => now > was ? WaveVerdict.Grew : WaveVerdict.Shrank,
        };
    }
}
