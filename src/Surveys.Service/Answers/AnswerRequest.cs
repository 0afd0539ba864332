using System.Globalization;
using System.Text.RegularExpressions;
using GutAusgestattet.Contracts;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.Surveys.Surveys;
using GutAusgestattet.Surveys.Weighting;

namespace GutAusgestattet.Surveys.Answers;

/// <summary>
/// A respondent's answers to one survey version. Every member is optional for the JSON reader, so
/// a missing answer is reported under its own name rather than as a broken body.
/// </summary>
/// <param name="Language">The language the respondent answered in (one of the survey's).</param>
/// <param name="ConsentVersion">The version of the consent and purpose text the respondent was shown.</param>
/// <param name="Consent">Must be true: the respondent agreed to that text.</param>
/// <param name="HouseholdType"><c>incoming</c>, <c>outgoing</c>, <c>both</c> or <c>other</c>.</param>
/// <param name="AreaCode">The tenant's area the household lives in.</param>
/// <param name="AwayDays">Weekdays the multilocal member is away. When given, they are the days on which care can be needed near the
/// workplace (a window's <c>place</c> other than <c>home</c>); on the other days it is needed at home.</param>
/// <param name="Workplace">Where the multilocal member works; required when some window's care is needed near the workplace or either.</param>
/// <param name="Languages">ISO 639-1 codes of the languages care should be possible in.</param>
/// <param name="Needs">Care needed, one entry per person or group of the same need.</param>
/// <param name="Extra">Answers to the planner's own questions, by question id.</param>
/// <param name="EmployerId">Optional: the employer of the multilocal member (the parent or the person needing care), one of the employers
/// the survey lists (<c>employers</c>: the municipality's partners with places reserved for their staff). Places reserved for that
/// partner's staff then serve the household's needs first.</param>
public sealed record AnswerRequest(
    string? Language = null,
    string? ConsentVersion = null,
    bool? Consent = null,
    string? HouseholdType = null,
    string? AreaCode = null,
    List<DayOfWeek>? AwayDays = null,
    List<string>? Languages = null,
    List<NeedAnswer>? Needs = null,
    Dictionary<string, string>? Extra = null,
    WorkplaceAnswer? Workplace = null,
    Guid? EmployerId = null);

/// <param name="Ags">The 8-digit AGS of the workplace's municipality (e.g. <c>09162000</c>).</param>
/// <param name="AreaCode">The area of the workplace: required, and one of that municipality's areas, when the workplace lies in the
/// surveying municipality or another municipality that shares the platform; none for a municipality that does not.</param>
public sealed record WorkplaceAnswer(string? Ags = null, string? AreaCode = null);

/// <param name="Category">Care category code, e.g. <c>krippe</c>, <c>tagespflege</c>.</param>
/// <param name="Persons">How many persons need it (1–20).</param>
/// <param name="AgeBand">One of <see cref="SurveyTemplate.AgeBands"/>.</param>
/// <param name="Windows">Weekly time windows the care is needed in. Windows that overlap (Mo 08:00–12:00 and Mo 10:00–14:00) are
/// accepted as given and stored so; the gap engine counts their union (Mo 08:00–14:00), as the persons need care once at a time.</param>
/// <param name="From">First day the care is needed.</param>
/// <param name="Until">Last day the care is needed; none when open-ended.</param>
/// <param name="Temporary">Temporary (true) or lasting (false).</param>
/// <param name="Urgency">One of <see cref="SurveyTemplate.Urgencies"/>.</param>
/// <param name="MetToday">One of <see cref="SurveyTemplate.MetToday"/>.</param>
public sealed record NeedAnswer(
    string? Category = null,
    int? Persons = null,
    string? AgeBand = null,
    List<WindowAnswer>? Windows = null,
    DateOnly? From = null,
    DateOnly? Until = null,
    bool? Temporary = null,
    string? Urgency = null,
    string? MetToday = null);

/// <param name="Day">Weekday the window starts on.</param>
/// <param name="From">Start, <c>HH:mm</c> between 00:00 and 24:00.</param>
/// <param name="To">End, <c>HH:mm</c> between 00:00 and 24:00; before <paramref name="From"/> only when <paramref name="Overnight"/>.</param>
/// <param name="Overnight">The window runs past midnight into the next day.</param>
/// <param name="Place">Where the care is needed then: <c>home</c> (the default), <c>workplace</c> or <c>either</c>. Not <c>home</c> only on
/// an away day, when away days are given, and only with a <c>workplace</c>.</param>
public sealed record WindowAnswer(DayOfWeek? Day = null, string? From = null, string? To = null, bool Overnight = false, string? Place = null);

/// <summary>The rules an answer must meet against the version it answers and the tenant's known areas.</summary>
public static partial class AnswerRules
{
    [GeneratedRegex("^(?<h>[0-9]{2}):(?<m>[0-9]{2})$")]
    private static partial Regex Clock();

    public const int MaxNeeds = 20;
    public const int MaxWindowsPerNeed = 21;
    public const int MaxExtraTextLength = 2000;

    /// <param name="tenant">The surveying municipality's AGS: a workplace there is placed in one of its <paramref name="knownAreas"/>.</param>
    /// <param name="workplaceAreas">The areas of the workplace's municipality when it is another one sharing the platform; empty otherwise.</param>
    /// <param name="employers">The partners an answer may name as employer (those with places reserved for their staff); none when not given.</param>
    public static RequestValidation Validate(
        AnswerRequest a, SurveyDefinition survey, IReadOnlySet<string> knownAreas, string tenant, IReadOnlySet<string>? workplaceAreas = null,
        IReadOnlySet<Guid>? employers = null)
    {
        var v = new RequestValidation();
        var required = survey.Questions.Where(q => q.Required || SurveyTemplate.AlwaysRequired.Contains(q.Id)).Select(q => q.Id).ToHashSet();

        v.Require(a.Language is not null && survey.Languages.Contains(a.Language), "language", $"Answer in one of the survey's languages: {string.Join(", ", survey.Languages)}.");
        v.Require(a.Consent == true, "consent", "Consent to the purpose text is required.");
        v.Require(a.ConsentVersion == survey.Consent.Version, "consentVersion", $"Name the consent text shown (version '{survey.Consent.Version}').");

        if (a.HouseholdType is null) v.Add("householdType", "An answer is required.");
        else v.Require(SurveyTemplate.HouseholdTypes.Contains(a.HouseholdType), "householdType", $"One of: {string.Join(", ", SurveyTemplate.HouseholdTypes)}.");

        if (string.IsNullOrWhiteSpace(a.AreaCode)) v.Add("areaCode", "An answer is required.");
        else v.Require(knownAreas.Contains(a.AreaCode), "areaCode", "Unknown area: choose one of the municipality's areas.");

        if (required.Contains("awayDays")) v.Require(a.AwayDays is { Count: > 0 }, "awayDays", "An answer is required.");
        v.Require((a.AwayDays?.Count ?? 0) <= 7 && (a.AwayDays ?? []).All(Enum.IsDefined), "awayDays", "At most the seven weekdays.");

        if (a.EmployerId is { } employer)
            v.Require(employers?.Contains(employer) == true, "employerId",
                "Choose one of the employers the survey lists (partners with places reserved for their staff), or leave the question out.");

        if (required.Contains("languages")) v.Require(a.Languages is { Count: > 0 }, "languages", "An answer is required.");
        var languages = a.Languages ?? [];
        v.Require(languages.Count <= 10, "languages", "At most 10 languages.");
        for (var i = 0; i < languages.Count; i++)
            v.Require(languages[i] is { Length: 2 } l && l.All(char.IsAsciiLetterLower), $"languages[{i}]", "A two-letter ISO 639-1 code, e.g. 'tr'.");

        var needs = a.Needs ?? [];
        if (needs.Count == 0) v.Add("needs", "An answer is required: at least one need.");
        v.Require(needs.Count <= MaxNeeds, "needs", $"At most {MaxNeeds} needs.");
        for (var i = 0; i < needs.Count; i++) ValidateNeed(v, $"needs[{i}]", needs[i]);
        ValidatePlaces(v, a, knownAreas, tenant, workplaceAreas ?? new HashSet<string>());

        ValidateExtra(v, a.Extra ?? [], survey, required);
        return v;
    }

    private static void ValidateNeed(RequestValidation v, string key, NeedAnswer? need)
    {
        if (need is null) { v.Add(key, "A need is required."); return; }
        if (need.Category is null) v.Add($"{key}.category", "An answer is required.");
        else v.Require(CareCategories.IsKnown(need.Category), $"{key}.category", $"Unknown category; one of: {string.Join(", ", CareCategories.Names.Keys)}.");
        if (need.Persons is null) v.Add($"{key}.persons", "An answer is required.");
        else v.Require(need.Persons is >= 1 and <= 20, $"{key}.persons", "Between 1 and 20 persons.");
        if (need.AgeBand is not null) v.Require(SurveyTemplate.AgeBands.Contains(need.AgeBand), $"{key}.ageBand", $"One of: {string.Join(", ", SurveyTemplate.AgeBands)}.");
        if (need.Urgency is not null) v.Require(SurveyTemplate.Urgencies.Contains(need.Urgency), $"{key}.urgency", $"One of: {string.Join(", ", SurveyTemplate.Urgencies)}.");
        if (need.MetToday is not null) v.Require(SurveyTemplate.MetToday.Contains(need.MetToday), $"{key}.metToday", $"One of: {string.Join(", ", SurveyTemplate.MetToday)}.");
        if (need.From is { } periodFrom && need.Until is { } periodUntil)
            v.Require(periodUntil >= periodFrom, $"{key}.until", "The period ends before it starts.");

        var windows = need.Windows ?? [];
        v.Require(windows.Count <= MaxWindowsPerNeed, $"{key}.windows", $"At most {MaxWindowsPerNeed} windows.");
        for (var w = 0; w < windows.Count; w++)
        {
            var wk = $"{key}.windows[{w}]";
            var window = windows[w];
            if (window is null) { v.Add(wk, "A window is required."); continue; }
            if (window.Day is not { } day || !Enum.IsDefined(day)) v.Add($"{wk}.day", "A weekday is required.");
            var from = Minutes(window.From);
            var to = Minutes(window.To);
            if (from is null) v.Add($"{wk}.from", "A time HH:mm between 00:00 and 24:00 is required.");
            if (to is null) v.Add($"{wk}.to", "A time HH:mm between 00:00 and 24:00 is required.");
            if (from is { } f && to is { } t)
            {
                if (window.Overnight) v.Require(t < f, $"{wk}.to", "An overnight window ends the next day, so before it starts (e.g. 22:00–06:00).");
                else v.Require(t > f, $"{wk}.to", "The window ends before it starts; mark it overnight if it runs past midnight.");
                v.Require(f < 1440, $"{wk}.from", "A window cannot start at 24:00.");
            }
        }
    }

    /// <summary>
    /// Care near the workplace needs a workplace, and — when away days are given — an away day: on the other days the multilocal
    /// member is at home, and so is the care.
    /// </summary>
    private static void ValidatePlaces(RequestValidation v, AnswerRequest a, IReadOnlySet<string> knownAreas, string tenant, IReadOnlySet<string> workplaceAreas)
    {
        var away = a.AwayDays is { Count: > 0 } days ? days.ToHashSet() : null;
        var elsewhere = false;
        var needs = a.Needs ?? [];
        for (var i = 0; i < needs.Count; i++)
        {
            var windows = needs[i]?.Windows ?? [];
            for (var w = 0; w < windows.Count; w++)
            {
                if (windows[w] is not { Place: { } place and not CarePlaces.Home } window) continue;
                var key = $"needs[{i}].windows[{w}].place";
                if (!CarePlaces.All.Contains(place)) { v.Add(key, $"One of: {string.Join(", ", CarePlaces.All)}."); continue; }
                elsewhere = true;
                if (away is not null && window.Day is { } day)
                    v.Require(away.Contains(day), key, "Care near the workplace only on a day away (awayDays); on the other days it is needed at home.");
            }
        }
        if (a.Workplace is not { } workplace)
        {
            if (elsewhere) v.Add("workplace", "Name the workplace: some care is needed near it.");
            return;
        }
        if (!Ags.TryParse(workplace.Ags, out var ags, out var error)) { v.Add("workplace.ags", error ?? "An 8-digit AGS is required."); return; }
        var areas = ags.Value == tenant ? knownAreas : workplaceAreas;
        if (ags.Value != tenant && areas.Count == 0)
            v.Require(string.IsNullOrWhiteSpace(workplace.AreaCode), "workplace.areaCode", "The municipality does not share this platform: name no area.");
        else if (string.IsNullOrWhiteSpace(workplace.AreaCode)) v.Add("workplace.areaCode", "Name the workplace's area in its municipality.");
        else v.Require(areas.Contains(workplace.AreaCode), "workplace.areaCode", "Unknown area: choose one of the workplace municipality's areas.");
    }

    private static void ValidateExtra(RequestValidation v, Dictionary<string, string> extra, SurveyDefinition survey, IReadOnlySet<string> required)
    {
        var custom = survey.Questions.Where(q => !SurveyTemplate.StandardQuestions.ContainsKey(q.Id)).ToDictionary(q => q.Id);
        foreach (var (id, value) in extra)
        {
            var key = $"extra.{id}";
            if (!custom.TryGetValue(id, out var q)) { v.Add(key, "Unknown question."); continue; }
            if (string.IsNullOrWhiteSpace(value)) continue;
            switch (q.Type)
            {
                case "choice":
                    v.Require(q.Choices?.Any(c => c.Value == value) == true, key, "Not one of the question's choices.");
                    break;
                case "number":
                    v.Require(decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _), key, "A number is required.");
                    break;
                case "yesNo":
                    v.Require(value is "yes" or "no", key, "Answer 'yes' or 'no'.");
                    break;
                default:
                    v.Require(value.Length <= MaxExtraTextLength, key, $"At most {MaxExtraTextLength} characters.");
                    break;
            }
        }
        foreach (var id in custom.Keys.Where(required.Contains))
            v.Require(!string.IsNullOrWhiteSpace(extra.GetValueOrDefault(id)), $"extra.{id}", "An answer is required.");
    }

    /// <summary>Minutes since midnight of <c>HH:mm</c>, 0–1440; null when malformed or outside 00:00–24:00.</summary>
    public static int? Minutes(string? time)
    {
        if (time is null || Clock().Match(time) is not { Success: true } m) return null;
        var h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var min = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (min > 59 || h > 24 || (h == 24 && min != 0)) return null;
        return h * 60 + min;
    }

    /// <summary>
    /// The demand items of a valid answer: no free text, no extra answers, nothing that names a person. A window near the workplace
    /// names the workplace's area, in the municipality the item names.
    /// </summary>
    public static List<DemandItem> ToDemand(AnswerRequest a, StratumWeight weight)
    {
        var workplaceArea = a.Workplace?.AreaCode is { Length: > 0 } area ? area : null;
        return (a.Needs ?? []).Select(n =>
        {
            var windows = (n.Windows ?? []).Select(w => w.Place is null or CarePlaces.Home
                ? new DemandWindow(w.Day!.Value, Minutes(w.From)!.Value, Minutes(w.To)!.Value, w.Overnight)
                : new DemandWindow(w.Day!.Value, Minutes(w.From)!.Value, Minutes(w.To)!.Value, w.Overnight, w.Place, workplaceArea)).ToList();
            return new DemandItem(
                Guid.CreateVersion7(), a.HouseholdType!, n.Category!, a.AreaCode!, n.Persons!.Value, weight.Weight,
                n.AgeBand, windows, n.From, n.Until, n.Temporary, n.Urgency, (a.Languages ?? []).Distinct().ToList(), n.MetToday,
                weight.Unweighted, windows.Any(w => w.Place is not null) ? a.Workplace!.Ags : null, a.EmployerId);
        }).ToList();
    }
}
