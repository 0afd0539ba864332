using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.LimeSurveyImport;
using GutAusgestattet.Surveys.Surveys;

namespace GutAusgestattet.Surveys.UnitTests;

public class LimeSurveyReaderTests
{
    private static readonly string[] Header =
    [
        "id", "submitdate", "lastpage", "startlanguage", "seed", "HH", "AREA", "LANG[SQ001]", "LANG[SQ002]",
        "KRN", "KRFROM", "KRTO", "KRURG", "TPN", "TPFROM", "TPTO", "TPNIGHT", "START", "NOTE",
    ];

    /// <summary>A complete response: an Incoming in the Altstadt needing a Krippe place on Mondays, Polish spoken.</summary>
    private static readonly string[] Krippe = ["1", "2026-03-01 10:00:00", "5", "de", "123", "A1", "A1", "Y", "", "1", "7:00", "13:00:00", "A1", "", "", "", "", "2027-01-01 00:00:00", "Bitte anrufen"];

    /// <summary>A complete response: an Outgoing in Mitte whose two parents need night care from Friday to Saturday.</summary>
    private static readonly string[] NightCare = ["2", "2026-03-02 11:00:00", "5", "en", "456", "A2", "A2", "", "Y", "", "", "", "", "2.0000000000", "22:00", "06:00", "Y", "", ""];

    /// <summary>An incomplete response: left on page 2.</summary>
    private static readonly string[] Incomplete = ["3", "", "2", "de", "789", "A1", "", "", "", "", "", "", "", "", "", "", "", "", ""];

    private static LimeSurveyMapping Mapping() => new(
        HouseholdType: new FieldMap("HH", new() { ["A1"] = "incoming", ["A2"] = "outgoing", ["A3"] = "both", ["A4"] = "other" }),
        AreaCode: new FieldMap("AREA", new() { ["A1"] = "altstadt", ["A2"] = "mitte", ["A3"] = "atlantis" }),
        Languages: new OptionsMap(new() { ["LANG[SQ001]"] = "pl", ["LANG[SQ002]"] = "tr" }),
        Needs:
        [
            new NeedMap(
                Category: new FieldMap(Value: "krippe"), Persons: new FieldMap("KRN"), AgeBand: new FieldMap(Value: "0-2"),
                Windows: [new WindowMap(new FieldMap(Value: "monday"), new FieldMap("KRFROM"), new FieldMap("KRTO"))],
                From: new FieldMap("START"), Urgency: new FieldMap("KRURG", new() { ["A1"] = "immediate", ["A2"] = "withinThreeMonths" })),
            new NeedMap(
                Category: new FieldMap(Value: "nachtpflege"), Persons: new FieldMap("TPN"), AgeBand: new FieldMap(Value: "80+"),
                Windows: [new WindowMap(new FieldMap(Value: "friday"), new FieldMap("TPFROM"), new FieldMap("TPTO"), new FieldMap("TPNIGHT"))]),
        ]);

    private static string Csv(char delimiter, params string[][] rows) =>
        string.Concat(rows.Select(row => string.Join(delimiter, row.Select(f => $"\"{f.Replace("\"", "\"\"")}\"")) + "\r\n"));

    private static LimeSurveyFile Read(string csv, LimeSurveyMapping? mapping = null, string consentVersion = SurveyTemplate.ConsentVersion) =>
        LimeSurveyReader.Read(new LimeSurveyImportRequest(csv, consentVersion, mapping ?? Mapping()), SurveyTemplate.Create(), AnswerRulesTests.Areas, AnswerRulesTests.Tenant);

    private static string[] With(string[] row, string column, string value)
    {
        var copy = row.ToArray();
        copy[Array.IndexOf(Header, column)] = value;
        return copy;
    }

    [Fact]
    public void A_good_export_becomes_one_answer_per_complete_response_and_skips_incomplete_ones()
    {
        var file = Read(Csv(',', Header, Krippe, NightCare, Incomplete));

        Assert.Empty(file.Errors);
        Assert.Equal([(2, "1", RowOutcome.New), (3, "2", RowOutcome.New), (4, "3", RowOutcome.Skipped)], file.Rows.Select(r => (r.Line, r.ResponseId, r.Outcome)));
        Assert.Null(file.Rows[2].Answer);

        var krippe = file.Rows[0].Answer!;
        Assert.Equal(("de", SurveyTemplate.ConsentVersion, true, "incoming", "altstadt"), (krippe.Language, krippe.ConsentVersion, krippe.Consent, krippe.HouseholdType, krippe.AreaCode));
        Assert.Equal(["pl"], krippe.Languages!);
        var need = Assert.Single(krippe.Needs!);
        Assert.Equal(new NeedAnswer("krippe", 1, "0-2", need.Windows, new DateOnly(2027, 1, 1), null, null, "immediate", null), need);
        Assert.Equal([new WindowAnswer(DayOfWeek.Monday, "07:00", "13:00")], need.Windows!);
        Assert.Null(krippe.Extra); // the free-text column is not mapped, so it is not imported

        var night = file.Rows[1].Answer!;
        Assert.Equal(("en", "outgoing", "mitte"), (night.Language, night.HouseholdType, night.AreaCode));
        var care = Assert.Single(night.Needs!);
        Assert.Equal(("nachtpflege", 2), (care.Category, care.Persons));
        Assert.Equal([new WindowAnswer(DayOfWeek.Friday, "22:00", "06:00", true)], care.Windows!);
    }

    [Fact]
    public void Place_and_workplace_columns_reach_the_answer_and_a_workplace_elsewhere_is_checked_against_that_municipalitys_areas()
    {
        const string neighbour = "09564000";
        string[] header = [.. Header, "KRPLACE", "WP", "WPAREA"];
        // The Krippe on Mondays near the workplace in the neighbour's area gewerbe; the same in an area it does not have; at home.
        string[] atWork = [.. Krippe, "A2", "W2", "gewerbe"];
        string[] unknownArea = [.. With(Krippe, "id", "5"), "A2", "W2", "hafen"];
        string[] atHome = [.. With(Krippe, "id", "6"), "A1", "", ""];
        var mapping = Mapping() with
        {
            Needs =
            [
                Mapping().Needs![0] with
                {
                    Windows = [new WindowMap(new FieldMap(Value: "monday"), new FieldMap("KRFROM"), new FieldMap("KRTO"),
                        Place: new FieldMap("KRPLACE", new() { ["A1"] = "home", ["A2"] = "workplace", ["A3"] = "either" }))],
                },
            ],
            Workplace = new WorkplaceMap(new FieldMap("WP", new() { ["W1"] = AnswerRulesTests.Tenant, ["W2"] = neighbour }), new FieldMap("WPAREA")),
        };

        var file = LimeSurveyReader.Read(new LimeSurveyImportRequest(Csv(',', header, atWork, unknownArea, atHome), SurveyTemplate.ConsentVersion, mapping),
            SurveyTemplate.Create(), AnswerRulesTests.Areas, AnswerRulesTests.Tenant,
            new Dictionary<string, IReadOnlySet<string>> { [neighbour] = new HashSet<string> { "gewerbe" } });

        Assert.Equal([RowOutcome.New, RowOutcome.Invalid, RowOutcome.New], file.Rows.Select(r => r.Outcome));
        var work = file.Rows[0].Answer!;
        Assert.Equal(new WorkplaceAnswer(neighbour, "gewerbe"), work.Workplace);
        Assert.Equal("workplace", Assert.Single(Assert.Single(work.Needs!).Windows!).Place);
        var error = Assert.Single(file.Errors);
        Assert.Equal((3, "WPAREA", "workplace.areaCode"), (error.Line, error.Column, error.Field));
        var home = file.Rows[2].Answer!;
        Assert.Null(home.Workplace);
        Assert.Equal("home", Assert.Single(Assert.Single(home.Needs!).Windows!).Place);
    }

    [Fact]
    public void A_semicolon_export_with_a_byte_order_mark_and_a_language_variant_reads_the_same()
    {
        var file = Read("\uFEFF" + Csv(';', Header, With(Krippe, "startlanguage", "de-informal"), NightCare));

        Assert.Empty(file.Errors);
        Assert.Equal(["de", "en"], file.Rows.Select(r => r.Answer!.Language));
        Assert.Equal("incoming", file.Rows[0].Answer!.HouseholdType);
    }

    [Fact]
    public void Line_numbers_count_the_line_breaks_inside_quoted_fields()
    {
        var file = Read(Csv(',', Header, With(Krippe, "NOTE", "erste Zeile\nzweite Zeile\r\ndritte"), With(NightCare, "TPN", "25")));

        var error = Assert.Single(file.Errors);
        Assert.Equal((5, "2", "TPN", "needs[0].persons"), (error.Line, error.ResponseId, error.Column, error.Field));
        Assert.Equal("line[5].needs[0].persons", error.Key);
        Assert.Equal([RowOutcome.New, RowOutcome.Invalid], file.Rows.Select(r => r.Outcome));
    }

    [Fact]
    public void An_answer_code_the_mapping_does_not_list_is_reported_once_with_its_column()
    {
        var file = Read(Csv(',', Header, With(Krippe, "HH", "A9")));

        var error = Assert.Single(file.Errors);
        Assert.Equal((2, "HH", "householdType"), (error.Line, error.Column, error.Field));
        Assert.Contains("'A9'", error.Rule);
        Assert.Equal("Column HH: " + error.Rule, error.Message);
    }

    public static TheoryData<string, string, string, string, string> InvalidCells => new()
    {
        { nameof(Krippe), "AREA", "A3", "areaCode", "Unknown area" },
        { nameof(Krippe), "KRTO", "06:00", "needs[0].windows[0].to", "ends before it starts" },
        { nameof(Krippe), "KRFROM", "25:00", "needs[0].windows[0].from", "HH:mm" },
        { nameof(Krippe), "KRN", "1.5", "needs[0].persons", "whole number" },
        { nameof(Krippe), "START", "01.01.2027", "needs[0].from", "yyyy-MM-dd" },
        { nameof(Krippe), "startlanguage", "fr", "language", "survey's languages" },
        { nameof(NightCare), "TPNIGHT", "vielleicht", "needs[0].windows[0].overnight", "yes (Y)" },
        { nameof(NightCare), "TPTO", "23:00", "needs[0].windows[0].to", "overnight window ends the next day" },
    };

    [Theory]
    [MemberData(nameof(InvalidCells))]
    public void A_row_breaking_a_rule_is_reported_with_line_column_and_field(string response, string column, string value, string field, string rule)
    {
        var (valid, broken) = response == nameof(Krippe) ? (NightCare, Krippe) : (Krippe, NightCare);
        var file = Read(Csv(',', Header, valid, With(broken, column, value)));

        var error = Assert.Single(file.Errors);
        Assert.Equal((3, column, field), (error.Line, error.Column, error.Field));
        Assert.Contains(rule, error.Rule);
        Assert.Equal([RowOutcome.New, RowOutcome.Invalid], file.Rows.Select(r => r.Outcome));
    }

    [Fact]
    public void A_response_holding_none_of_the_mapped_needs_is_an_error_of_the_row()
    {
        var none = new[] { "TPN", "TPFROM", "TPTO", "TPNIGHT" }.Aggregate(NightCare, (row, column) => With(row, column, ""));

        var error = Assert.Single(Read(Csv(',', Header, none)).Errors);

        Assert.Equal((2, null, "needs"), (error.Line, error.Column, error.Field));
    }

    [Fact]
    public void A_row_with_more_or_fewer_fields_than_the_header_and_a_repeated_response_id_are_errors()
    {
        var file = Read(Csv(',', Header, Krippe, Krippe, Krippe[..^1]));

        Assert.Equal([(3, "responseId", "id"), (4, "row", null)], file.Errors.Select(e => (e.Line!.Value, e.Field, e.Column)));
        Assert.Contains("line 2", file.Errors[0].Rule);
        Assert.Equal([RowOutcome.New, RowOutcome.Invalid, RowOutcome.Invalid], file.Rows.Select(r => r.Outcome));
    }

    [Fact]
    public void Mapping_errors_stop_the_import_before_any_row()
    {
        var mapping = Mapping() with
        {
            HouseholdType = new FieldMap("HHX"),
            AreaCode = null,
            Needs = [new NeedMap(Category: new FieldMap("KRN", Value: "krippe"))],
            Language = new FieldMap("LANGUAGE"),
        };

        var file = Read(Csv(',', Header, Krippe), mapping);

        Assert.Empty(file.Rows);
        Assert.Equal(["mapping.areaCode", "mapping.householdType", "mapping.language", "mapping.needs[0].category"], file.Errors.Select(e => e.Field).Order());
        Assert.Contains(file.Errors, e => e is { Line: 1, Column: "HHX" } && e.Rule.Contains("not in the file's header"));
    }

    [Fact]
    public void The_consent_version_must_be_the_surveys_and_the_csv_must_not_be_empty()
    {
        Assert.Equal(["consentVersion"], Read(Csv(',', Header, Krippe), consentVersion: "2025-1").Errors.Select(e => e.Field));
        Assert.Equal(["csv"], Read("\uFEFF\r\n\r\n").Errors.Select(e => e.Field));
    }

    [Fact]
    public void Without_a_submit_date_column_every_row_is_a_complete_response()
    {
        string[] Drop(string[] row) => [.. row[..1], .. row[2..]];
        var file = Read(Csv(',', Drop(Header), Drop(Krippe)));

        Assert.Empty(file.Errors);
        Assert.Equal(RowOutcome.New, Assert.Single(file.Rows).Outcome);
    }

    [Fact]
    public void A_mapped_consent_question_answered_no_refuses_the_row()
    {
        var file = Read(Csv(',', Header, With(Krippe, "seed", "N")), Mapping() with { Consent = new FieldMap("seed") });

        var error = Assert.Single(file.Errors);
        Assert.Equal(("consent", "seed"), (error.Field, error.Column));
    }

    [Fact]
    public void The_idempotency_key_names_the_source_when_there_is_one() =>
        Assert.Equal(("limesurvey:17", "limesurvey:482913:17"), (LimeSurveyReader.IdempotencyKey(null, "17"), LimeSurveyReader.IdempotencyKey("482913", "17")));
}
