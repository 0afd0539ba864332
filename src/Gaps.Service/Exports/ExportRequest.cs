using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.Gaps.ReadModel;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// The query every export takes, as <c>/api/gaps/analysis</c> does — <c>week</c> (default the
/// current one) and <c>plannedBy</c> — plus <c>shared</c> for a file that may be passed on, and the
/// view a planner is looking at: <c>category</c>, <c>area</c> and <c>kind</c>, each optional; and for whom the file is
/// written: <c>lang</c> (de, the default, or en) and, for the CSV, <c>format</c> (plain, the default, or de).
/// Exports are computed like the analysis, not read from the stored gaps, so any week and the
/// planned state can be exported too.
/// </summary>
public sealed record ExportRequest(
    GapInputs Inputs, GapDetector Live, GapsDbContext Db, string? Week = null, DateOnly? PlannedBy = null, bool Shared = false,
    string? Category = null, string? Area = null, string? Kind = null, string? Lang = null, string? Format = null)
{
    public const string KindRule = "One of: content, time, capacity, feature.";

    public const string LangRule = "One of: de (German headers and explanations, the default), en (English).";

    public const string FormatRule = "One of: plain (RFC 4180: ',' and a decimal point, the default), de (for Excel in Germany: ';', decimal comma, codes kept as text).";

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
        var (language, format) = (LanguageOf(Lang, validation), FormatOf(Format, validation));
        scope = new ExportScope(week, PlannedBy, Shared, Category, string.IsNullOrWhiteSpace(Area) ? null : Area.Trim(), kind,
            language ?? ExportLanguage.German, format ?? CsvFormat.Plain);
        return validation;
    }

    /// <summary>The <c>lang</c> of an export; null, and the rule under <c>lang</c>, for one that is not offered.</summary>
    public static ExportLanguage? LanguageOf(string? lang, RequestValidation validation)
    {
        var language = lang?.ToLowerInvariant() switch { null or "de" => ExportLanguage.German, "en" => ExportLanguage.English, _ => (ExportLanguage?)null };
        validation.Require(language is not null, "lang", LangRule);
        return language;
    }

    /// <summary>The <c>format</c> of a CSV export; null, and the rule under <c>format</c>, for one that is not offered.</summary>
    public static CsvFormat? FormatOf(string? format, RequestValidation validation)
    {
        var csv = format?.ToLowerInvariant() switch { null or "plain" => CsvFormat.Plain, "de" => CsvFormat.German, _ => (CsvFormat?)null };
        validation.Require(csv is not null, "format", FormatRule);
        return csv;
    }

    /// <summary>The tenant's areas as Gaps learnt them from Inventory, in the view's area when it names one.</summary>
    public Task<List<AreaCentre>> AreasAsync(ExportScope scope, CancellationToken ct) =>
        Db.Areas.AsNoTracking().Where(a => scope.Area == null || a.Code == scope.Area).OrderBy(a => a.Code).ToListAsync(ct);

    /// <summary>
    /// The week's gaps in the view by category, area and kind, as every format shows them (<see cref="ExportedGap.From"/>);
    /// <paramref name="profiles"/> adds the persons per slot a picture needs. Each carries its area's name where known.
    /// </summary>
    public async Task<List<ExportedGap>> GapsAsync(ExportScope scope, CancellationToken ct, bool profiles = false)
    {
        var names = await Db.Areas.AsNoTracking().Where(a => a.Name != null).ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        return [.. SlotComparison.Compute(await Inputs.LoadAsync(scope.Category is { } c ? [c] : null, scope.Week, scope.PlannedBy, ct), profiles)
            .Where(scope.Shows)
            .OrderBy(f => f.Category, StringComparer.Ordinal).ThenBy(f => f.AreaCode, StringComparer.Ordinal).ThenBy(f => f.Kind)
            .Select(f => ExportedGap.From(f, scope.Shared) with { AreaName = names.GetValueOrDefault(f.AreaCode) })];
    }
}
