using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// What an export covers: the week, today's offers or the planned state by a date, whether it may be passed on, and the
/// view — one category, one area, one kind — when the planner narrowed it; and for whom the file is written: the
/// <see cref="Language"/> of its headers and explanations and the <see cref="Format"/> of a CSV.
/// </summary>
public sealed record ExportScope(
    AnalysisWeek Week, DateOnly? PlannedBy, bool Shared, string? Category = null, string? Area = null, GapKind? Kind = null,
    ExportLanguage Language = ExportLanguage.German, CsvFormat Format = CsvFormat.Plain)
{
    /// <summary>e.g. <c>gaps-2026-W48-kita-mitte-planned-2027-01-01-shared.csv</c>: the name says what the file holds once it is passed on.</summary>
    public string FileName(string stem, string extension) =>
        $"{stem}-{Week}{Part(Category)}{Part(Area)}{Part(Kind?.ToString().ToLowerInvariant())}"
        + $"{(PlannedBy is { } date ? $"-planned-{date:yyyy-MM-dd}" : "")}{(Shared ? "-shared" : "")}.{extension}";

    public string OffersText => Language == ExportLanguage.German
        ? PlannedBy is { } geplant ? $"geplanter Stand zum {geplant:dd.MM.yyyy}" : "Angebote von heute"
        : PlannedBy is { } date ? $"as planned by {date:yyyy-MM-dd}" : "today's offers";

    public string SharedText => (Language, Shared) switch
    {
        (ExportLanguage.German, true) => $"zur Weitergabe: Werte auf weniger als {SmallCells.MinimumResponses} Antworten sind zurückgehalten",
        (ExportLanguage.German, false) => "eigene Ansicht der Planung: alle Werte gezeigt — vor der Weitergabe mit shared=true zurückhalten",
        (_, true) => $"shared: figures resting on fewer than {SmallCells.MinimumResponses} responses are withheld",
        _ => "the planner's own: every figure shown — suppress with shared=true before passing it on",
    };

    public bool Shows(GapFinding f) => (Area is null || f.AreaCode == Area) && (Kind is null || f.Kind == Kind);

    // An area code is the municipality's own text; only what is safe in a file name is kept of it.
    private static string Part(string? value) =>
        value is null ? "" : "-" + new string([.. value.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
}

/// <summary>The language of an export's headers and explanations: German by default, for the planners who open it.</summary>
public enum ExportLanguage
{
    German,
    English,
}

/// <summary>
/// How a CSV is written. <see cref="Plain"/>: RFC 4180 with <c>,</c> and a decimal point, codes as they are — for
/// programs. <see cref="German"/>: what Excel in Germany opens by double click — <c>;</c>, decimal comma, and codes
/// that Excel would read as a number or date kept as text (<see cref="GapsCsv.KeepAsText"/>).
/// </summary>
public enum CsvFormat
{
    Plain,
    German,
}
