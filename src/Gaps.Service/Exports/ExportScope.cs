using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>What an export covers: the week, today's offers or the planned state by a date, and whether it may be passed on.</summary>
public sealed record ExportScope(AnalysisWeek Week, DateOnly? PlannedBy, bool Shared)
{
    /// <summary>e.g. <c>gaps-2026-W48-planned-2027-01-01-shared.csv</c>: the name says what the file holds once it is passed on.</summary>
    public string FileName(string stem, string extension) =>
        $"{stem}-{Week}{(PlannedBy is { } date ? $"-planned-{date:yyyy-MM-dd}" : "")}{(Shared ? "-shared" : "")}.{extension}";

    public string OffersText => PlannedBy is { } date ? $"as planned by {date:yyyy-MM-dd}" : "today's offers";

    public string SharedText => Shared
        ? $"shared: figures resting on fewer than {SmallCells.MinimumResponses} responses are withheld"
        : "the planner's own: every figure shown — suppress with shared=true before passing it on";
}
