namespace GutAusgestattet.Surveys.Surveys;

/// <summary>
/// The standard multilocal-needs questionnaire every survey starts from (step 1 of the measure).
/// Its questions map onto demand items; planners add their own questions after them.
/// </summary>
public static class SurveyTemplate
{
    public const string ConsentVersion = "2026-1";

    public static readonly IReadOnlyList<string> RequiredLanguages = ["de", "en"];

    public static readonly IReadOnlyList<string> HouseholdTypes = ["incoming", "outgoing", "both", "other"];

    public static readonly IReadOnlyList<string> AgeBands = ["0-2", "3-5", "6-9", "10-13", "14-17", "18-64", "65-79", "80+"];

    public static readonly IReadOnlyList<string> Urgencies = ["immediate", "withinThreeMonths", "withinYear", "later"];

    public static readonly IReadOnlyList<string> MetToday = ["notMet", "partly", "family", "private", "publicOffer"];

    /// <summary>Questions of the template that every version keeps, with the type each must keep.</summary>
    public static readonly IReadOnlyDictionary<string, string> StandardQuestions = new Dictionary<string, string>
    {
        ["householdType"] = "householdType",
        ["areaCode"] = "area",
        ["awayDays"] = "awayDays",
        ["needs"] = "needs",
        ["languages"] = "languages",
    };

    /// <summary>Questions that an answer cannot leave out, whatever the planner sets.</summary>
    public static readonly IReadOnlySet<string> AlwaysRequired = new HashSet<string> { "householdType", "areaCode", "needs" };

    private static Dictionary<string, string> T(string de, string en) => new() { ["de"] = de, ["en"] = en };

    public static SurveyDefinition Create(Dictionary<string, string>? title = null) => new(
        title ?? T("Bedarfserhebung: Betreuung für multilokale Haushalte", "Needs survey: care for multilocal households"),
        ["de", "en"],
        new ConsentText(ConsentVersion, T(
            "Ihre Angaben dienen allein der Planung von Kinderbetreuung und Pflege in unserer Gemeinde. Wir fragen nicht nach Namen oder Adresse. "
                + "Mit dem Quittungscode können Sie Ihre Angaben jederzeit einsehen und zurückziehen. Ich willige in diese Verarbeitung ein.",
            "Your answers serve only to plan childcare and care in our municipality. We do not ask for your name or address. "
                + "With the receipt code you can view and withdraw your answers at any time. I consent to this processing.")),
        [
            new Question("householdType", "householdType", true,
                T("Wie lebt Ihr Haushalt an mehreren Orten?", "How does your household live in more than one place?"),
                [
                    new Choice("incoming", T("Zugezogen zur Arbeit (Familie folgt oder pendelt)", "Moved here for work (family follows or commutes)")),
                    new Choice("outgoing", T("Wohnt hier, arbeitet einen Teil der Woche anderswo", "Lives here, works elsewhere part of the week")),
                    new Choice("both", T("Beides", "Both")),
                    new Choice("other", T("Anders", "Other")),
                ]),
            new Question("areaCode", "area", true, T("In welchem Ortsteil wohnen Sie?", "Which part of town do you live in?")),
            new Question("awayDays", "awayDays", false,
                T("An welchen Wochentagen ist das multilokale Haushaltsmitglied nicht hier?", "On which weekdays is the multilocal household member away?")),
            new Question("needs", "needs", true,
                T("Welche Betreuung brauchen Haushaltsmitglieder? Je Person bzw. Gruppe: Art der Betreuung, Altersgruppe, Anzahl, "
                    + "Wochentage und Uhrzeiten (auch früh morgens, abends, über Nacht und am Wochenende), Zeitraum (befristet oder dauerhaft), "
                    + "Dringlichkeit und wie der Bedarf heute gedeckt wird.",
                  "What care do household members need? For each person or group: kind of care, age band, number, weekdays and times "
                    + "(also early morning, evening, overnight and weekends), period (temporary or lasting), urgency and how the need is met today.")),
            new Question("languages", "languages", false,
                T("In welchen Sprachen soll die Betreuung möglich sein?", "In which languages should care be possible?")),
        ]);
}
