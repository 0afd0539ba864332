using System.Globalization;
using System.Text;
using GutAusgestattet.Surveys.LimeSurveyImport;
using GutAusgestattet.Surveys.Surveys;

namespace GutAusgestattet.Surveys.SubmitBench;

/// <summary>
/// A LimeSurvey response export as the import reads it (question-code headings, answer codes) with complete responses
/// from a seeded generator — household type and area as answer codes, one to three of three care needs with persons
/// and a weekly window (night care overnight) — the mapping that reads it, and the (category, area) cells each
/// response counts in once imported.
/// </summary>
public sealed class LimeSurveyExport
{
    private sealed record Need(string Code, string Category, string AgeBand, string Day, bool Overnight);

    // No holiday care: the bench's municipalities have no school holidays, so it would never show (see Answers).
    private static readonly Need[] Needs =
    [
        new("KR", "krippe", "0-2", "monday", Overnight: false),
        new("KT", "kita", "3-5", "wednesday", Overnight: false),
        new("NP", "nachtpflege", "80+", "friday", Overnight: true),
    ];

    public LimeSurveyImportRequest Request { get; }

    /// <summary>Responses per (category, area): what Gaps' open gaps must count once the import is reflected.</summary>
    public Dictionary<(string Category, string AreaCode), int> Expected { get; } = [];

    public LimeSurveyExport(IReadOnlyList<string> areas, int responses, int seed = 20261207)
    {
        var random = new Random(seed);
        var csv = new StringBuilder("id,submitdate,startlanguage,HH,AREA,AWAY[SQ001],LANG[SQ001]");
        foreach (var need in Needs) csv.Append(CultureInfo.InvariantCulture, $",{need.Code}N,{need.Code}FROM,{need.Code}TO,{need.Code}NIGHT");
        csv.Append("\r\n");
        for (var id = 1; id <= responses; id++)
        {
            var area = random.Next(areas.Count);
            csv.Append(CultureInfo.InvariantCulture, $"{id},2026-03-01 10:00:00,de,A{random.Next(SurveyTemplate.HouseholdTypes.Count) + 1},A{area + 1},Y,Y");
            // Which of the three needs the response holds, never none.
            var held = random.Next(1, 1 << Needs.Length);
            for (var n = 0; n < Needs.Length; n++)
            {
                if ((held & 1 << n) == 0)
                {
                    csv.Append(",,,,");
                    continue;
                }
                var start = random.Next(6, 12);
                var window = Needs[n].Overnight ? "22:00,06:00,Y" : $"{start:D2}:00,{start + random.Next(2, 7):D2}:00,";
                csv.Append(CultureInfo.InvariantCulture, $",{random.Next(1, 4)},{window}");
                var cell = (Needs[n].Category, areas[area]);
                Expected[cell] = Expected.GetValueOrDefault(cell) + 1;
            }
            csv.Append("\r\n");
        }

        var mapping = new LimeSurveyMapping(
            HouseholdType: new FieldMap("HH", SurveyTemplate.HouseholdTypes.Select((type, i) => (type, i)).ToDictionary(t => $"A{t.i + 1}", t => t.type)),
            AreaCode: new FieldMap("AREA", areas.Select((code, i) => (code, i)).ToDictionary(a => $"A{a.i + 1}", a => a.code)),
            AwayDays: new OptionsMap(new Dictionary<string, string> { ["AWAY[SQ001]"] = "saturday" }),
            Languages: new OptionsMap(new Dictionary<string, string> { ["LANG[SQ001]"] = "de" }),
            Needs: [.. Needs.Select(n => new NeedMap(
                Category: new FieldMap(Value: n.Category), Persons: new FieldMap($"{n.Code}N"), AgeBand: new FieldMap(Value: n.AgeBand),
                Windows: [new WindowMap(new FieldMap(Value: n.Day), new FieldMap($"{n.Code}FROM"), new FieldMap($"{n.Code}TO"), new FieldMap($"{n.Code}NIGHT"))]))]);
        Request = new LimeSurveyImportRequest(csv.ToString(), SurveyTemplate.ConsentVersion, mapping);
    }
}
