using GutAusgestattet.Contracts;
using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// Where a demand item's care is needed, window by window: a multilocal household may need it near home on some days and near
/// the workplace on others. Windows near home — and those that may be either, which are counted once, at home — stay in the home
/// area; windows near a workplace in the municipality move to the workplace's area. Windows near a workplace in another
/// municipality are not this municipality's demand: they are needed there.
/// </summary>
public static class CarePlacement
{
    /// <summary>The areas the item's care is needed in, each with its windows there; the home area alone for an item without windows.</summary>
    /// <param name="workplaceHere">The workplace lies in the municipality itself, so its area (the windows') is one of its areas.</param>
    public static IEnumerable<(string AreaCode, IReadOnlyList<DemandWindow> Windows)> Of(string homeArea, IReadOnlyList<DemandWindow> windows, bool workplaceHere)
    {
        if (windows.Count == 0 || windows.All(w => w.Place is null or CarePlaces.Home or CarePlaces.Either))
        {
            yield return (homeArea, windows);
            yield break;
        }
        foreach (var placed in windows.Where(w => AreaOf(homeArea, w, workplaceHere) is not null).GroupBy(w => AreaOf(homeArea, w, workplaceHere)!))
            yield return (placed.Key, placed.ToList());
    }

    /// <summary>Null for a window needed in another municipality.</summary>
    private static string? AreaOf(string homeArea, DemandWindow window, bool workplaceHere) =>
        window.Place != CarePlaces.Workplace ? homeArea : workplaceHere ? window.AreaCode : null;
}
