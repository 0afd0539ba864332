using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// The query every export takes, as <c>/api/gaps/analysis</c> does — <c>week</c> (default the
/// current one) and <c>plannedBy</c> — plus <c>shared</c> for a file that may be passed on, and the
/// view a planner is looking at: <c>category</c>, <c>area</c> and <c>kind</c>, each optional.
/// Exports are computed like the analysis, not read from the stored gaps, so any week and the
/// planned state can be exported too.
/// </summary>
public sealed record ExportRequest(
    GapInputs Inputs, GapRecalculation Live, string? Week = null, DateOnly? PlannedBy = null, bool Shared = false,
    string? Category = null, string? Area = null, string? Kind = null)
{
    public const string KindRule = "One of: content, time, capacity, feature.";

    public static string CategoryRule => $"One of: {string.Join(", ", CareCategories.Names.Keys)}.";

    public RequestValidation Validate(out ExportScope scope)
    {
        var validation = new RequestValidation();
        validation.Require(AnalysisWeek.TryRead(Week, Live.CurrentWeek, out var week), "week", AnalysisWeek.Rule);
        validation.Require(Category is null || CareCategories.IsKnown(Category), "category", CategoryRule);
        GapKind? kind = null;
        if (Kind is not null)
        {
            // Enum.TryParse would also take "1" or "Time, Content"; only the four names are a kind.
            var named = Enum.GetValues<GapKind>().Where(k => k.ToString().Equals(Kind, StringComparison.OrdinalIgnoreCase)).ToList();
            validation.Require(named.Count == 1, "kind", KindRule);
            if (named.Count == 1) kind = named[0];
        }
        scope = new ExportScope(week, PlannedBy, Shared, Category, string.IsNullOrWhiteSpace(Area) ? null : Area.Trim(), kind);
        return validation;
    }

    /// <summary>
    /// The week's gaps in the view by category, area and kind, as every format shows them (<see cref="ExportedGap.From"/>);
    /// <paramref name="profiles"/> adds the persons per slot a picture needs.
    /// </summary>
    public async Task<List<ExportedGap>> GapsAsync(ExportScope scope, CancellationToken ct, bool profiles = false) =>
        [.. SlotComparison.Compute(await Inputs.LoadAsync(scope.Category is { } c ? [c] : null, scope.Week, scope.PlannedBy, ct), profiles)
            .Where(scope.Shows)
            .OrderBy(f => f.Category, StringComparer.Ordinal).ThenBy(f => f.AreaCode, StringComparer.Ordinal).ThenBy(f => f.Kind)
            .Select(f => ExportedGap.From(f, scope.Shared))];
}
