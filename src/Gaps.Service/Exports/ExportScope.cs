using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// What an export covers: the week, today's offers or the planned state by a date, whether it may be passed on, and the
/// view — one category, one area, one kind — when the planner narrowed it.
/// </summary>
public sealed record ExportScope(AnalysisWeek Week, DateOnly? PlannedBy, bool Shared, string? Category = null, string? Area = null, GapKind? Kind = null)
{
    /// <summary>e.g. <c>gaps-2026-W48-kita-mitte-planned-2027-01-01-shared.csv</c>: the name says what the file holds once it is passed on.</summary>
    public string FileName(string stem, string extension) =>
        $"{stem}-{Week}{Part(Category)}{Part(Area)}{Part(Kind?.ToString().ToLowerInvariant())}"
        + $"{(PlannedBy is { } date ? $"-planned-{date:yyyy-MM-dd}" : "")}{(Shared ? "-shared" : "")}.{extension}";

    public string OffersText => PlannedBy is { } date ? $"as planned by {date:yyyy-MM-dd}" : "today's offers";

    public string SharedText => Shared
        ? $"shared: figures resting on fewer than {SmallCells.MinimumResponses} responses are withheld"
        : "the planner's own: every figure shown — suppress with shared=true before passing it on";

    public bool Shows(GapFinding f) => (Area is null || f.AreaCode == Area) && (Kind is null || f.Kind == Kind);

    // An area code is the municipality's own text; only what is safe in a file name is kept of it.
    private static string Part(string? value) =>
        value is null ? "" : "-" + new string([.. value.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
}
