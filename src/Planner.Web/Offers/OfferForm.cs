using System.Text.RegularExpressions;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.AspNetCore.Http;

namespace GutAusgestattet.PlannerWeb.Offers;

/// <summary>One closure as typed: dates as the date fields send them; <paramref name="Remove"/> drops it on saving.</summary>
public sealed record ClosureRow(string From, string To, string Reason, bool Remove = false)
{
    public static readonly ClosureRow Blank = new("", "", "");

    public bool IsBlank => From.Trim().Length == 0 && To.Trim().Length == 0 && Reason.Trim().Length == 0;
}

/// <summary>
/// The offer form as typed: every field as text, so a refused save shows exactly what the planner wrote. Closures are
/// rows of fields; blank rows wait below the filled ones, so a planner adds one without any script.
/// </summary>
public sealed partial record OfferForm(
    string FacilityId, string Name, string Category, string TenantCategory, string Places, string OccupiedPlaces, string OpeningHours,
    bool ShortTerm, string AgeFrom, string AgeTo, string Languages, string FeeNote, string EffectiveFrom, IReadOnlyList<ClosureRow> Closures)
{
    /// <summary>Blank closure rows offered below the filled ones.</summary>
    public const int BlankClosureRows = 2;

    /// <summary>Inventory's limit; the form reads no more rows than that (and the blank ones).</summary>
    private const int MaxClosureRows = 50 + BlankClosureRows;

    public static OfferForm New(Guid? facilityId) =>
        new(facilityId?.ToString() ?? "", "", "", "", "", "0", "", false, "", "", "", "", "", []);

    public static OfferForm Of(OfferState offer) => new(
        offer.Facility.FacilityId.ToString(), offer.Name, offer.Category, offer.TenantCategory ?? "", Formats.Whole(offer.Places),
        offer.OccupancyKnown ? Formats.Whole(offer.OccupiedPlaces) : "",
        offer.OpeningHours, offer.TakesShortTermPlacements, offer.Ages?.FromMonths.ToString(Formats.Culture) ?? "", offer.Ages?.ToMonths.ToString(Formats.Culture) ?? "",
        string.Join(", ", offer.Languages), offer.FeeNote ?? "", TypedInput.Show(offer.EffectiveFrom),
        [.. offer.Closures.Select(c => new ClosureRow(TypedInput.Show(c.From), TypedInput.Show(c.To), c.Reason ?? ""))]);

    public static OfferForm Read(IFormCollection form)
    {
        var rows = new List<ClosureRow>();
        for (var i = 0; i < MaxClosureRows && form.ContainsKey($"closures[{i}].from"); i++)
            rows.Add(new ClosureRow(form[$"closures[{i}].from"].ToString(), form[$"closures[{i}].to"].ToString(), form[$"closures[{i}].reason"].ToString(),
                form[$"closures[{i}].remove"] == "true"));
        return new OfferForm(form["facility"].ToString(), form["name"].ToString(), form["category"].ToString(), form["tenantCategory"].ToString(),
            form["places"].ToString(), form["occupiedPlaces"].ToString(), form["openingHours"].ToString(), form["shortTerm"] == "true",
            form["ageFrom"].ToString(), form["ageTo"].ToString(), form["languages"].ToString(), form["feeNote"].ToString(), form["effectiveFrom"].ToString(), rows);
    }

    /// <summary>The filled rows, then <see cref="BlankClosureRows"/> blank ones: the rows the form shows.</summary>
    public IReadOnlyList<ClosureRow> ClosureRows => [.. Closures.Where(c => !c.IsBlank), .. Enumerable.Repeat(ClosureRow.Blank, BlankClosureRows)];

    /// <summary>
    /// The request, or the rules the typed text breaks before Inventory could read it (numbers, dates, both ages);
    /// every other rule is Inventory's to check. <paramref name="sentRows"/> names the row of each closure sent, so
    /// Inventory's <c>closures[1].to</c> finds its row again.
    /// </summary>
    public OfferChange? ToChange(out List<InputRule> rules, out IReadOnlyList<int> sentRows)
    {
        rules = [];
        var facility = Guid.TryParse(FacilityId, out var id) ? id : Guid.Empty;
        if (facility == Guid.Empty) rules.Add(new InputRule("facility", "Offer_FacilityMissing"));
        var places = Number("places", Places, rules);
        // Left empty: the occupancy is not known, and stays so.
        var occupied = OccupiedPlaces.Trim().Length == 0 ? null : Number("occupiedPlaces", OccupiedPlaces, rules);
        var ages = Ages(rules);
        var effectiveFrom = EffectiveFrom.Trim().Length == 0 ? null : TypedInput.Day(EffectiveFrom);
        if (EffectiveFrom.Trim().Length > 0 && effectiveFrom is null) rules.Add(new InputRule("effectiveFrom", "Offer_DateRule"));

        var closures = new List<ClosurePeriod>();
        var rows = new List<int>();
        for (var i = 0; i < Closures.Count; i++)
        {
            var row = Closures[i];
            if (row.Remove || row.IsBlank) continue;
            var from = TypedInput.Day(row.From);
            // A closure of one day needs only its first date.
            var to = row.To.Trim().Length == 0 ? from : TypedInput.Day(row.To);
            if (from is null) rules.Add(new InputRule(ClosureFieldId(i, "from"), "Offer_DateRule"));
            if (to is null && row.To.Trim().Length > 0) rules.Add(new InputRule(ClosureFieldId(i, "to"), "Offer_DateRule"));
            if (from is null || to is null) continue;
            closures.Add(new ClosurePeriod(from.Value, to.Value, row.Reason.Trim().Length == 0 ? null : row.Reason.Trim()));
            rows.Add(i);
        }
        sentRows = rows;
        if (rules.Count > 0) return null;

        return new OfferChange(facility, Name.Trim(), Category, places!.Value, occupied, OpeningHours.Trim(), ShortTerm,
            TenantCategory.Trim().Length == 0 ? null : TenantCategory.Trim(), ages, closures,
            [.. LanguageSeparator().Split(Languages).Where(l => l.Length > 0)], FeeNote.Trim().Length == 0 ? null : FeeNote.Trim(), effectiveFrom);
    }

    /// <summary>The control a field of Inventory's refusal belongs to (<c>ages.toMonths</c> → <c>ageTo</c>, <c>closures[1].to</c> → the row's "until").</summary>
    public static string FieldIdOf(string field, IReadOnlyList<int> sentRows)
    {
        if (ClosureField().Match(field) is { Success: true } closure)
        {
            var sent = int.Parse(closure.Groups[1].Value, Formats.Culture);
            return ClosureFieldId(sent < sentRows.Count ? sentRows[sent] : 0, closure.Groups[2].Value);
        }
        return field switch
        {
            "facilityId" => "facility",
            "ages.fromMonths" => "ageFrom",
            "ages.toMonths" => "ageTo",
            "closures" => ClosureFieldId(0, "from"),
            _ when field.StartsWith("languages", StringComparison.Ordinal) => "languages",
            "name" or "category" or "tenantCategory" or "places" or "occupiedPlaces" or "openingHours" or "feeNote" or "effectiveFrom" => field,
            // The key, which the form does not edit, lies with the name.
            _ => "name",
        };
    }

    public static string ClosureFieldId(int row, string part) => $"closure-{row}-{part}";

    private static int? Number(string fieldId, string text, List<InputRule> rules)
    {
        var value = TypedInput.Whole(text);
        if (value is null) rules.Add(new InputRule(fieldId, "Offer_NumberRule"));
        return value;
    }

    private AgeRange? Ages(List<InputRule> rules)
    {
        if (AgeFrom.Trim().Length == 0 && AgeTo.Trim().Length == 0) return null;
        var (from, to) = (TypedInput.Whole(AgeFrom), TypedInput.Whole(AgeTo));
        if (from is null) rules.Add(new InputRule("ageFrom", "Offer_AgeRule"));
        if (to is null) rules.Add(new InputRule("ageTo", "Offer_AgeRule"));
        return from is null || to is null ? null : new AgeRange(from.Value, to.Value);
    }

    [GeneratedRegex(@"[\s,;]+")]
    private static partial Regex LanguageSeparator();

    [GeneratedRegex(@"^closures\[(\d+)\]\.(from|to|reason)$")]
    private static partial Regex ClosureField();
}
