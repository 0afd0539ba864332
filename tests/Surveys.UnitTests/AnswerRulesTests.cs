using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Surveys;
using GutAusgestattet.Surveys.Weighting;

namespace GutAusgestattet.Surveys.UnitTests;

public class AnswerRulesTests
{
    private static Dictionary<string, string> T(string text) => new() { ["de"] = text, ["en"] = text };

    /// <summary>The template with one question of each custom type; the planner requires <c>commute</c> and <c>awayDays</c>.</summary>
    public static SurveyDefinition Survey()
    {
        var definition = SurveyTemplate.Create();
        var awayDays = definition.Questions.FindIndex(q => q.Id == "awayDays");
        definition.Questions[awayDays] = definition.Questions[awayDays] with { Required = true };
        definition.Questions.AddRange(
        [
            new Question("commute", "choice", true, T("Wie pendeln Sie?"), [new Choice("train", T("Bahn")), new Choice("car", T("Auto"))]),
            new Question("children", "number", false, T("Wie viele Kinder?")),
            new Question("car", "yesNo", false, T("Auto?")),
            new Question("note", "text", false, T("Anmerkung")),
        ]);
        return definition;
    }

    public static readonly IReadOnlySet<string> Areas = new HashSet<string> { "altstadt", "mitte" };

    /// <summary>The surveying municipality.</summary>
    public const string Tenant = "09162000";

    private static readonly NeedAnswer Need = new("krippe", 1, "0-2",
        [new WindowAnswer(DayOfWeek.Monday, "06:00", "08:00"), new WindowAnswer(DayOfWeek.Friday, "22:00", "06:00", Overnight: true)],
        new DateOnly(2027, 1, 1), new DateOnly(2027, 7, 31), true, "immediate", "notMet");

    public static AnswerRequest Valid() => new("de", SurveyTemplate.ConsentVersion, true, "incoming", "altstadt",
        [DayOfWeek.Monday, DayOfWeek.Tuesday], ["pl", "de"], [Need], new() { ["commute"] = "train" });

    private static AnswerRequest WithNeed(Func<NeedAnswer, NeedAnswer> change) => Valid() with { Needs = [change(Need)] };

    private static AnswerRequest WithWindow(string? from, string? to, bool overnight = false, DayOfWeek? day = DayOfWeek.Monday) =>
        WithNeed(n => n with { Windows = [new WindowAnswer(day, from, to, overnight)] });

    /// <summary>The need's Monday window (an away day) near the workplace, at <paramref name="workplace"/>.</summary>
    private static AnswerRequest NearWork(WorkplaceAnswer? workplace, string place = "workplace") =>
        WithNeed(n => n with { Windows = [n.Windows![0] with { Place = place }, n.Windows[1]] }) with { Workplace = workplace };

    private static AnswerRequest WithExtra(string id, string value) =>
        Valid() with { Extra = new() { ["commute"] = "train", [id] = value } };

    /// <summary>Each case breaks exactly one rule of a valid answer; the key is the one field the rule must name.</summary>
    private static readonly Dictionary<string, (Func<AnswerRequest> Answer, string Key)> Cases = new()
    {
        ["language missing"] = (() => Valid() with { Language = null }, "language"),
        ["language not one of the survey's"] = (() => Valid() with { Language = "fr" }, "language"),
        ["consent missing"] = (() => Valid() with { Consent = null }, "consent"),
        ["consent refused"] = (() => Valid() with { Consent = false }, "consent"),
        ["consent version missing"] = (() => Valid() with { ConsentVersion = null }, "consentVersion"),
        ["consent version of another text"] = (() => Valid() with { ConsentVersion = "2025-9" }, "consentVersion"),
        ["household type missing"] = (() => Valid() with { HouseholdType = null }, "householdType"),
        ["household type unknown"] = (() => Valid() with { HouseholdType = "tourist" }, "householdType"),
        ["area missing"] = (() => Valid() with { AreaCode = " " }, "areaCode"),
        ["area unknown"] = (() => Valid() with { AreaCode = "atlantis" }, "areaCode"),
        ["away days missing though required"] = (() => Valid() with { AwayDays = [] }, "awayDays"),
        ["away day not a weekday"] = (() => Valid() with { AwayDays = [(DayOfWeek)7] }, "awayDays"),
        ["language code not ISO 639-1"] = (() => Valid() with { Languages = ["pol"] }, "languages[0]"),
        ["more than 10 languages"] = (() => Valid() with { Languages = Enumerable.Repeat("pl", 11).ToList() }, "languages"),
        ["needs missing"] = (() => Valid() with { Needs = null }, "needs"),
        ["needs empty"] = (() => Valid() with { Needs = [] }, "needs"),
        ["more than 20 needs"] = (() => Valid() with { Needs = Enumerable.Repeat(Need, AnswerRules.MaxNeeds + 1).ToList() }, "needs"),
        ["need null"] = (() => Valid() with { Needs = [Need, null!] }, "needs[1]"),
        ["required custom question missing"] = (() => Valid() with { Extra = null }, "extra.commute"),
        ["required custom question blank"] = (() => Valid() with { Extra = new() { ["commute"] = " " } }, "extra.commute"),
        ["category missing"] = (() => WithNeed(n => n with { Category = null }), "needs[0].category"),
        ["category unknown"] = (() => WithNeed(n => n with { Category = "zoo" }), "needs[0].category"),
        ["persons missing"] = (() => WithNeed(n => n with { Persons = null }), "needs[0].persons"),
        ["persons zero"] = (() => WithNeed(n => n with { Persons = 0 }), "needs[0].persons"),
        ["persons over 20"] = (() => WithNeed(n => n with { Persons = 21 }), "needs[0].persons"),
        ["age band not in the vocabulary"] = (() => WithNeed(n => n with { AgeBand = "1-2" }), "needs[0].ageBand"),
        ["urgency not in the vocabulary"] = (() => WithNeed(n => n with { Urgency = "asap" }), "needs[0].urgency"),
        ["met today not in the vocabulary"] = (() => WithNeed(n => n with { MetToday = "yes" }), "needs[0].metToday"),
        ["period until before from"] = (() => WithNeed(n => n with { Until = new DateOnly(2026, 12, 31) }), "needs[0].until"),
        ["more than 21 windows"] = (() => WithNeed(n => n with { Windows = Enumerable.Repeat(n.Windows![0], AnswerRules.MaxWindowsPerNeed + 1).ToList() }), "needs[0].windows"),
        ["window null"] = (() => WithNeed(n => n with { Windows = [null!] }), "needs[0].windows[0]"),
        ["window day missing"] = (() => WithWindow("06:00", "08:00", day: null), "needs[0].windows[0].day"),
        ["window start malformed"] = (() => WithWindow("6:00", "08:00"), "needs[0].windows[0].from"),
        ["window start missing"] = (() => WithWindow(null, "08:00"), "needs[0].windows[0].from"),
        ["window end malformed"] = (() => WithWindow("06:00", "08.00"), "needs[0].windows[0].to"),
        ["window minutes past 59"] = (() => WithWindow("06:60", "08:00"), "needs[0].windows[0].from"),
        ["window end 24:01"] = (() => WithWindow("06:00", "24:01"), "needs[0].windows[0].to"),
        ["window end 25:00"] = (() => WithWindow("06:00", "25:00"), "needs[0].windows[0].to"),
        ["window ends before it starts"] = (() => WithWindow("08:00", "06:00"), "needs[0].windows[0].to"),
        ["window ends as it starts"] = (() => WithWindow("08:00", "08:00"), "needs[0].windows[0].to"),
        ["overnight window that does not end before it starts"] = (() => WithWindow("22:00", "23:00", overnight: true), "needs[0].windows[0].to"),
        ["window starting at 24:00"] = (() => WithWindow("24:00", "02:00", overnight: true), "needs[0].windows[0].from"),
        ["place not one of home, workplace, either"] = (() => NearWork(new(Tenant, "mitte"), "office"), "needs[0].windows[0].place"),
        ["care near the workplace without a workplace"] = (() => NearWork(null), "workplace"),
        ["care either place without a workplace"] = (() => NearWork(null, "either"), "workplace"),
        ["care near the workplace on a day at home"] = (() => NearWork(new(Tenant, "mitte")) with
        { Needs = [Need with { Windows = [Need.Windows![0], Need.Windows[1] with { Place = "workplace" }] }] }, "needs[0].windows[1].place"),
        ["workplace AGS of 7 digits"] = (() => NearWork(new("0916200", null)), "workplace.ags"),
        ["workplace here without its area"] = (() => NearWork(new(Tenant, null)), "workplace.areaCode"),
        ["workplace here in an unknown area"] = (() => NearWork(new(Tenant, "atlantis")), "workplace.areaCode"),
        ["extra answer to an unknown question"] = (() => WithExtra("nosuch", "x"), "extra.nosuch"),
        ["extra choice not offered"] = (() => WithExtra("commute", "bike"), "extra.commute"),
        ["extra number not a number"] = (() => WithExtra("children", "two"), "extra.children"),
        ["extra yes/no neither"] = (() => WithExtra("car", "ja"), "extra.car"),
        ["extra text too long"] = (() => WithExtra("note", new string('x', AnswerRules.MaxExtraTextLength + 1)), "extra.note"),
    };

    public static TheoryData<string> Rules => new(Cases.Keys);

    [Fact]
    public void The_valid_answer_breaks_no_rule() =>
        Assert.Empty(AnswerRules.Validate(Valid(), Survey(), Areas, Tenant).Errors);

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_broken_rule_is_reported_under_exactly_its_field(string rule)
    {
        var (answer, key) = Cases[rule];
        var validation = AnswerRules.Validate(answer(), Survey(), Areas, Tenant);
        Assert.False(validation.IsValid, rule);
        Assert.Equal([key], validation.Errors.Keys);
    }

    [Theory]
    [InlineData("00:00", "24:00", false)]
    [InlineData("23:59", "00:00", true)]
    [InlineData("00:00", "00:01", false)]
    public void Windows_at_the_edges_of_the_day_are_valid(string from, string to, bool overnight) =>
        Assert.Empty(AnswerRules.Validate(WithWindow(from, to, overnight), Survey(), Areas, Tenant).Errors);

    /// <summary>
    /// A window near the workplace names the workplace's area — in the municipality, or in another one sharing the platform — and the
    /// item names the municipality; a municipality outside the platform has no areas here, so none is named. Home stays unnamed.
    /// </summary>
    [Fact]
    public void Windows_near_the_workplace_carry_its_area_and_the_item_its_municipality()
    {
        var here = NearWork(new(Tenant, "mitte"));
        Assert.Empty(AnswerRules.Validate(here, Survey(), Areas, Tenant).Errors);
        var item = Assert.Single(AnswerRules.ToDemand(here, new StratumWeight(1, 1, Unweighted: true)));
        Assert.Equal([new DemandWindow(DayOfWeek.Monday, 360, 480, false, "workplace", "mitte"), new DemandWindow(DayOfWeek.Friday, 1320, 360, true)], item.Windows!);
        Assert.Equal(("altstadt", Tenant), (item.AreaCode, item.WorkplaceAgs));

        // Köln shares the platform: its area is checked against its areas and travels with the window.
        var cologne = NearWork(new("05315000", "ehrenfeld"), "workplace");
        Assert.Empty(AnswerRules.Validate(cologne, Survey(), Areas, Tenant, new HashSet<string> { "ehrenfeld", "deutz" }).Errors);
        item = Assert.Single(AnswerRules.ToDemand(cologne, new StratumWeight(1, 1, Unweighted: true)));
        Assert.Equal((new DemandWindow(DayOfWeek.Monday, 360, 480, false, "workplace", "ehrenfeld"), "05315000"), (item.Windows![0], item.WorkplaceAgs));
        Assert.Equal(["workplace.areaCode"], AnswerRules.Validate(cologne, Survey(), Areas, Tenant, new HashSet<string> { "deutz" }).Errors.Keys);
        // Bonn does not: no area is named, and the window names none.
        var bonn = NearWork(new("05314000", null), "either");
        Assert.Empty(AnswerRules.Validate(bonn, Survey(), Areas, Tenant).Errors);
        Assert.Equal(["workplace.areaCode"], AnswerRules.Validate(bonn with { Workplace = new("05314000", "zentrum") }, Survey(), Areas, Tenant).Errors.Keys);
        item = Assert.Single(AnswerRules.ToDemand(bonn, new StratumWeight(1, 1, Unweighted: true)));
        Assert.Equal((new DemandWindow(DayOfWeek.Monday, 360, 480, false, "either"), "05314000"), (item.Windows![0], item.WorkplaceAgs));

        // Without away days any day may be near the workplace; a workplace named but never used is no error and travels nowhere.
        Assert.Empty(AnswerRules.Validate(here with { AwayDays = null }, Survey() with { Questions = [.. Survey().Questions.Where(q => q.Id != "awayDays")] }, Areas, Tenant).Errors);
        Assert.Null(Assert.Single(AnswerRules.ToDemand(Valid() with { Workplace = new(Tenant, "mitte") }, new StratumWeight(1, 1, false))).WorkplaceAgs);
    }

    [Fact]
    public void Blank_extra_answers_to_optional_questions_are_ignored() =>
        Assert.Empty(AnswerRules.Validate(WithExtra("children", ""), Survey(), Areas, Tenant).Errors);

    /// <summary>Holiday care's period is the household's days in the school holidays; without one it means all of them, so none is required.</summary>
    [Fact]
    public void A_holiday_care_need_without_a_period_is_valid_and_stays_without_one()
    {
        var answer = Valid() with { Needs = [new NeedAnswer("ferienbetreuung", 2, "6-9", [new WindowAnswer(DayOfWeek.Monday, "08:00", "16:00")])] };
        Assert.Empty(AnswerRules.Validate(answer, Survey(), Areas, Tenant).Errors);
        var item = Assert.Single(AnswerRules.ToDemand(answer, new StratumWeight(1, 1, Unweighted: true)));
        Assert.Equal(("ferienbetreuung", null, null), (item.Category, item.From, item.Until));
    }

    [Fact]
    public void A_valid_answer_becomes_one_demand_item_per_need_with_windows_in_minutes_and_no_free_text()
    {
        var answer = Valid() with
        {
            Languages = ["pl", "de", "pl"],
            Needs = [Need, new NeedAnswer("tagespflege", 2, "80+", [new WindowAnswer(DayOfWeek.Sunday, "00:00", "24:00")])],
            Extra = new() { ["commute"] = "train", ["note"] = "Bitte Frau Müller anrufen" },
        };
        Assert.Empty(AnswerRules.Validate(answer, Survey(), Areas, Tenant).Errors);

        var items = AnswerRules.ToDemand(answer, new StratumWeight(2.5, 3, Unweighted: false));

        Assert.Equal(2, items.Count);
        Assert.Equal(2, items.Select(i => i.DemandId).Distinct().Count());
        var krippe = items[0];
        Assert.Equal(("incoming", "krippe", "altstadt", 1, 2.5, "0-2"), (krippe.HouseholdType, krippe.Category, krippe.AreaCode, krippe.Persons, krippe.Weight, krippe.AgeBand));
        Assert.All(items, i => Assert.False(i.Unweighted));
        Assert.Equal([new DemandWindow(DayOfWeek.Monday, 360, 480, false), new DemandWindow(DayOfWeek.Friday, 1320, 360, true)], krippe.Windows!);
        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2027, 7, 31), true, "immediate", "notMet"),
            (krippe.From, krippe.Until, krippe.Temporary, krippe.Urgency, krippe.MetToday));
        Assert.Equal(["pl", "de"], krippe.PreferredLanguages!);

        var care = items[1];
        Assert.Equal(("tagespflege", 2, "80+"), (care.Category, care.Persons, care.AgeBand));
        Assert.Equal([new DemandWindow(DayOfWeek.Sunday, 0, 1440, false)], care.Windows!);
        Assert.Equal((null, null, null, null, null), (care.From, care.Until, care.Temporary, care.Urgency, care.MetToday));

        // Nothing a respondent typed or added beyond the template leaves the service.
        var published = System.Text.Json.JsonSerializer.Serialize(items);
        Assert.DoesNotContain("Müller", published);
        Assert.DoesNotContain("train", published);
    }
}
