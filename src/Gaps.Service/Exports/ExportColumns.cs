using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>One column of the gap exports: its name, what it means, and its value (text, number or flag).</summary>
/// <remarks>
/// <see cref="German"/> and <see cref="GermanMeaning"/> are what the German files (the default) show; a column without
/// them shows its English name there too. <see cref="IsCode"/> marks a code a German CSV keeps as text.
/// </remarks>
public sealed record ExportColumn(string Name, string Meaning, Func<ExportedGap, object?> Value)
{
    public string? German { get; init; }

    public string? GermanMeaning { get; init; }

    public bool IsCode { get; init; }

    public string Header(ExportLanguage language) => language == ExportLanguage.German ? German ?? Name : Name;

    public string Explanation(ExportLanguage language) => language == ExportLanguage.German ? GermanMeaning ?? Meaning : Meaning;
}

/// <summary>
/// The columns of the CSV and XLSX exports, in order — one list, so both files and their
/// documentation (the XLSX's second sheet, the API description) never disagree.
/// </summary>
public static class ExportColumns
{
    public static readonly IReadOnlyList<ExportColumn> All =
    [
        new("key", "category:area:kind, the gap's key in the API and in events.", g => g.Key)
        {
            German = "Schlüssel", GermanMeaning = "Kategorie:Gebiet:Art, der Schlüssel der Lücke in der API und in Ereignissen.",
        },
        new("category", $"Care category code ({string.Join(", ", CareCategories.Names.Keys)}).", g => g.Category)
        {
            German = "Kategorie", GermanMeaning = $"Code der Betreuungsart ({string.Join(", ", CareCategories.Names.Select(c => $"{c.Key} = {c.Value}"))}).",
        },
        new("area", "Area code of the municipality.", g => g.AreaCode)
        {
            German = "Gebiet", GermanMeaning = "Code des Gebiets der Kommune.", IsCode = true,
        },
        new("areaName", "The area's name, as Inventory knows it; empty while Gaps has not learnt it.", g => g.AreaName)
        {
            German = "Gebietsname", GermanMeaning = "Name des Gebiets, wie ihn der Bestand führt; leer, solange Gaps ihn nicht kennt.",
        },
        new("kind", "content (no offer serves the area), capacity (too few free places), time (no offer open then), "
            + "feature (no short-term place or language as needed).", g => g.KindCode)
        {
            German = "Art", GermanMeaning = "content (kein Angebot versorgt das Gebiet), capacity (zu wenige freie Plätze), time (kein Angebot "
                + "geöffnet, wenn Bedarf ist), feature (kein Kurzzeitplatz oder keine Sprache wie gebraucht).",
        },
        new("intervals", "Weekday × time-of-day windows of the gap, merged, e.g. \"Mo–Do 06:00–07:00\".", g => g.Intervals)
        {
            German = "Zeitfenster", GermanMeaning = "Zeitfenster der Lücke nach Wochentag und Uhrzeit, zusammengefasst, z. B. „Mo–Do 06:00–07:00“.",
        },
        new("estimatedPersons", "Peak persons (weighted estimate) without care in any one 15-minute slot of the week.", g => g.EstimatedPersons)
        {
            German = "Personen (geschätzt)", GermanMeaning = "Höchstzahl der Personen (gewichtete Schätzung) ohne Betreuung in einer Viertelstunde der Woche.",
        },
        new("personHours", $"Person-hours per week without care = Σ over slots of persons × {WeekSlots.HoursPerSlot} h.", g => g.PersonHours)
        {
            German = "Personenstunden", GermanMeaning = $"Personenstunden je Woche ohne Betreuung = Σ über die Viertelstunden von Personen × {WeekSlots.HoursPerSlot} h.",
        },
        new("responses", "Survey responses whose needs fall in the gap's slots: what the estimate rests on.", g => g.Responses)
        {
            German = "Antworten", GermanMeaning = "Antworten der Befragung, deren Bedarf in die Zeitfenster der Lücke fällt: worauf die Schätzung beruht.",
        },
        new("severity", "0–100 = 100 × personHours ÷ person-hours needed per week in the category and area (content gaps 100).", g => g.Severity)
        {
            German = "Schwere", GermanMeaning = "0–100 = 100 × Personenstunden ÷ benötigte Personenstunden je Woche in Kategorie und Gebiet (inhaltliche Lücken 100).",
        },
        new("confidence", $"0–1 = responses ÷ (responses + {GapMeasures.ConfidenceHalfAt}).", g => g.Confidence)
        {
            German = "Verlässlichkeit", GermanMeaning = $"0–1 = Antworten ÷ (Antworten + {GapMeasures.ConfidenceHalfAt}).",
        },
        new("suppressed", $"true when intervals, estimatedPersons, personHours, responses, severity and confidence are left empty: a shared "
            + $"export (shared=true) withholds every figure resting on fewer than {SmallCells.MinimumResponses} responses, the responses and "
            + "the confidence too, as with one person per answer they are the person count.", g => g.Suppressed)
        {
            German = "Zurückgehalten", GermanMeaning = "Wahr, wenn Zeitfenster, Personen, Personenstunden, Antworten, Schwere und Verlässlichkeit leer bleiben: "
                + $"eine Datei zur Weitergabe (shared=true) hält jeden Wert zurück, der auf weniger als {SmallCells.MinimumResponses} Antworten beruht, "
                + "auch die Antworten und die Verlässlichkeit, denn bei einer Person je Antwort sind sie die Personenzahl.",
        },
        new("unknownOccupancyOffers", "Capacity gaps: serving offers whose occupancy is unknown (e.g. imported from OpenStreetMap). Their places "
            + "are not known to be free, so the gap is computed without them. 0 for other kinds.", g => g.UnknownOccupancyOffers)
        {
            German = "Angebote mit unbekannter Belegung", GermanMeaning = "Kapazitätslücken: erreichbare Angebote, deren Belegung unbekannt ist (z. B. aus "
                + "OpenStreetMap importiert). Ihre Plätze gelten nicht als frei, die Lücke ist ohne sie berechnet. 0 bei anderen Arten.",
        },
        new("unknownOccupancyPlaces", "The places of those offers: were they free, they could cover up to this many of the gap's persons.",
            g => g.UnknownOccupancyPlaces)
        {
            German = "Plätze mit unbekannter Belegung",
            GermanMeaning = "Die Plätze dieser Angebote: wären sie frei, könnten sie bis zu so viele Personen der Lücke versorgen.",
        },
        new("missing", $"Feature gaps: what no serving offer has — {MissingFeatures.ShortTerm} (short-term places) and ISO 639-1 codes of the "
            + "languages asked for, separated by spaces, e.g. \"short-term da\"; empty for other kinds and when suppressed.",
            g => g.Missing is { Count: > 0 } missing ? string.Join(' ', missing) : null)
        {
            German = "Fehlt", GermanMeaning = $"Merkmalslücken: was kein erreichbares Angebot hat — {MissingFeatures.ShortTerm} (Kurzzeitplätze) und "
                + "ISO-639-1-Codes der gewünschten Sprachen, durch Leerzeichen getrennt, z. B. „short-term da“; leer bei anderen Arten und wenn zurückgehalten.",
        },
        new("reservedPlaces", "Capacity gaps: free places of the serving offers reserved for partners' staff (Belegplätze). They serve only "
            + "those partners' staff, so the gap is computed without them, apart from the open places. 0 for other kinds.", g => g.ReservedPlaces)
        {
            German = "Belegplätze", GermanMeaning = "Kapazitätslücken: freie Plätze der erreichbaren Angebote, die für Beschäftigte von Partnern "
                + "reserviert sind (Belegplätze). Sie stehen nur diesen Beschäftigten offen, die Lücke ist ohne sie berechnet, getrennt von den "
                + "offenen Plätzen. 0 bei anderen Arten.",
        },
    ];

    /// <summary>The columns as Markdown-ish lines for the API description.</summary>
    public static string Describe() => string.Join("; ", All.Select(c => $"{c.Name}: {c.Meaning}"));
}
