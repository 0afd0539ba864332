using GutAusgestattet.SurveyWeb.SurveysApi;

namespace GutAusgestattet.SurveyWeb.UnitTests;

/// <summary>A published survey as the service would give it, with one added question of each kind.</summary>
public static class Surveys
{
    public static PublicSurvey Template() => new(
        Guid.NewGuid(), 1, "09162000", "de", ["de", "en", "ar"], "Bedarfserhebung", "2026-2", "Ihre Angaben …",
        [
            new("householdType", "householdType", true, "Wie lebt Ihr Haushalt?", [new("incoming", "Zugezogen"), new("outgoing", "Pendelt"), new("both", "Beides"), new("other", "Anders")]),
            new("areaCode", "area", true, "Ortsteil?", null),
            new("awayDays", "awayDays", false, "Wann nicht hier?", null),
            new("needs", "needs", true, "Welche Betreuung?", null),
            new("languages", "languages", false, "Sprachen?", null),
            new("shift", "choice", true, "Schicht?", [new("early", "Früh"), new("late", "Spät")]),
            new("km", "number", false, "Wie weit?", null),
            new("car", "yesNo", false, "Auto?", null),
            new("note", "text", false, "Sonst noch?", null),
        ],
        [new("altstadt", "Altstadt"), new("mitte", "Mitte")],
        [new("krippe", "Krippe (U3)"), new("kita", "Kita (Ü3)"), new("ferienbetreuung", "Ferienbetreuung"), new("nachtpflege", "Nachtpflege")],
        ["0-2", "3-5", "80+"], ["immediate", "later"], ["notMet", "family"], null, 365);
}
