using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// The query every export takes, as <c>/api/gaps/analysis</c> does — <c>week</c> (default the
/// current one) and <c>plannedBy</c> — plus <c>shared</c> for a file that may be passed on.
/// Exports are computed like the analysis, not read from the stored gaps, so any week and the
/// planned state can be exported too.
/// </summary>
public sealed record ExportRequest(GapInputs Inputs, GapRecalculation Live, string? Week = null, DateOnly? PlannedBy = null, bool Shared = false)
{
    public RequestValidation Validate(out ExportScope scope)
    {
        var validation = new RequestValidation();
        validation.Require(AnalysisWeek.TryRead(Week, Live.CurrentWeek, out var week), "week", AnalysisWeek.Rule);
        scope = new ExportScope(week, PlannedBy, Shared);
        return validation;
    }

    /// <summary>The week's gaps by category, area and kind; <paramref name="profiles"/> adds the persons per slot.</summary>
    public async Task<List<GapFinding>> FindingsAsync(ExportScope scope, IReadOnlyCollection<string>? categories, bool profiles, CancellationToken ct) =>
        [.. SlotComparison.Compute(await Inputs.LoadAsync(categories, scope.Week, scope.PlannedBy, ct), profiles)
            .OrderBy(f => f.Category, StringComparer.Ordinal).ThenBy(f => f.AreaCode, StringComparer.Ordinal).ThenBy(f => f.Kind)];

    public async Task<List<ExportedGap>> GapsAsync(ExportScope scope, CancellationToken ct) =>
        [.. (await FindingsAsync(scope, null, profiles: false, ct)).Select(f => ExportedGap.From(f, scope.Shared))];
}
