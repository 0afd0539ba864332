using GutAusgestattet.Contracts;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Surveys;

namespace GutAusgestattet.Surveys.SubmitBench;

/// <summary>
/// Valid answers to the standard template that differ the way real ones do: area, household type
/// (so every stratum is reweighted), one to three needs of different categories, age bands, one to
/// four weekly windows (some overnight), periods around the running week, urgencies. Each respondent draws from its own
/// seeded generator, so a run's mix is the same every time.
/// </summary>
public sealed class Answers(IReadOnlyList<string> areas, int seed)
{
    // Holiday care counts only in school holidays, which the bench's municipalities have none of: its needs would never show.
    private static readonly string[] Categories = [.. CareCategories.Names.Keys.Where(c => c != CareCategories.HolidayCare)];
    private static readonly string[] CareLanguages = ["de", "pl", "tr", "uk", "ro", "ar"];
    // Gaps compares the running calendar week: every period covers it, so every answer shows up in its gaps.
    private static readonly DateOnly ThisMonday = MondayOf(DateOnly.FromDateTime(DateTime.UtcNow));

    private readonly Random _random = new(seed);

    public AnswerRequest Next()
    {
        var needs = Pick(Categories, _random.Next(1, 4)).Select(Need).ToList();
        return new AnswerRequest(
            Language: "de",
            ConsentVersion: SurveyTemplate.ConsentVersion,
            Consent: true,
            HouseholdType: One(SurveyTemplate.HouseholdTypes),
            AreaCode: One(areas),
            AwayDays: Pick(Enum.GetValues<DayOfWeek>(), _random.Next(1, 4)),
            Languages: Pick(CareLanguages, _random.Next(1, 3)),
            Needs: needs);
    }

    private NeedAnswer Need(string category)
    {
        var from = ThisMonday.AddDays(-_random.Next(0, 180));
        return new NeedAnswer(
            Category: category,
            Persons: _random.Next(1, 4),
            AgeBand: One(SurveyTemplate.AgeBands),
            Windows: Enumerable.Range(0, _random.Next(1, 5)).Select(_ => Window()).ToList(),
            From: from,
            Until: _random.Next(3) == 0 ? null : ThisMonday.AddDays(_random.Next(7, 365)),
            Temporary: _random.Next(2) == 0,
            Urgency: One(SurveyTemplate.Urgencies),
            MetToday: One(SurveyTemplate.MetToday));
    }

    private WindowAnswer Window()
    {
        var day = (DayOfWeek)_random.Next(7);
        if (_random.Next(10) == 0) return new WindowAnswer(day, "22:00", "06:00", Overnight: true);
        var start = _random.Next(5, 20);
        return new WindowAnswer(day, $"{start:D2}:00", $"{start + _random.Next(1, 5):D2}:30");
    }

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private T One<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];

    private List<T> Pick<T>(IReadOnlyList<T> values, int count) => [.. values.OrderBy(_ => _random.Next()).Take(count)];
}
