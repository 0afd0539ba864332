using System.Globalization;
using System.Text;
using System.Text.Json;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Surveys.Answers;

/// <summary>
/// The raw answers of one survey for the planner's own analysis, one row per need (the household's
/// columns repeated). Windows read like <c>Mon 06:00-08:00; Fri 22:00-06:00+1</c>. Answers whose raw
/// data the retention period deleted have no rows.
/// </summary>
public static class AnswersCsv
{
    public static readonly string[] Columns =
    [
        "response_id", "survey_version", "received_at", "language", "household_type", "area_code", "away_days", "languages",
        "category", "persons", "age_band", "windows", "from", "until", "temporary", "urgency", "met_today", "extra",
    ];

    public static string Write(IEnumerable<Answer> answers)
    {
        var output = new StringBuilder().AppendRow(Columns);
        foreach (var answer in answers)
        {
            if (answer.Payload is not { } a) continue;
            foreach (var need in a.Needs ?? [])
                output.AppendRow(
                [
                    answer.Id.ToString(), answer.SurveyVersion.ToString(CultureInfo.InvariantCulture), answer.ReceivedAt.ToString("O", CultureInfo.InvariantCulture),
                    answer.Language, a.HouseholdType, a.AreaCode, string.Join(';', (a.AwayDays ?? []).Select(Day)), string.Join(';', a.Languages ?? []),
                    need.Category, need.Persons?.ToString(CultureInfo.InvariantCulture), need.AgeBand,
                    string.Join("; ", (need.Windows ?? []).Select(w => $"{Day(w.Day ?? default)} {w.From}-{w.To}{(w.Overnight ? "+1" : "")}")),
                    need.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), need.Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    need.Temporary?.ToString().ToLowerInvariant(), need.Urgency, need.MetToday,
                    a.Extra is { Count: > 0 } extra ? JsonSerializer.Serialize(extra) : null,
                ]);
        }
        return output.ToString();
    }

    private static string Day(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(day);
}
