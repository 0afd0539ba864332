namespace GutAusgestattet.Surveys.LimeSurveyImport;

/// <summary>
/// Which columns of a LimeSurvey response export (CSV, headings as question codes, answers as answer
/// codes) hold which of our answers. Every row with a submit date becomes one answer; fields left out
/// stay unanswered. Columns are named as in the export's header (<c>Q1</c>, <c>Q4[SQ001]</c>);
/// header names match regardless of case.
/// </summary>
/// <param name="ResponseId">The column of LimeSurvey's response id (default <c>id</c>): the stable key that makes a second import of the same responses import nothing.</param>
/// <param name="SubmitDate">The column of the submit date (default <c>submitdate</c>): a row without one is an incomplete response and is skipped. When the default column is not in the file, every row counts as complete.</param>
/// <param name="Language">The response's language (default: column <c>startlanguage</c>). Without <c>values</c>, LimeSurvey's variants are cut to their base (<c>de-informal</c> → <c>de</c>).</param>
/// <param name="Consent">A consent question, if the LimeSurvey survey asked one (yes answers: <c>Y</c>, <c>yes</c>, <c>true</c>, <c>1</c>, <c>ja</c>). Left out, the submitted response counts as consented to the text named by the request's <c>consentVersion</c>.</param>
/// <param name="HouseholdType">Required: <c>incoming</c>, <c>outgoing</c>, <c>both</c> or <c>other</c>, usually through <c>values</c> (<c>A1</c> → <c>incoming</c>).</param>
/// <param name="AreaCode">Required: the municipality's area code, usually through <c>values</c>.</param>
/// <param name="AwayDays">Weekdays away, from a multiple-choice question: column → weekday (<c>monday</c> … <c>sunday</c>).</param>
/// <param name="Languages">Languages care should be possible in, from a multiple-choice question: column → ISO 639-1 code.</param>
/// <param name="Needs">Required, at least one: the needs a row may hold, e.g. one per care category with that category as a fixed <c>value</c>.</param>
/// <param name="Extra">The survey's own added questions: question id → source.</param>
/// <param name="Workplace">Where the multilocal member works, when windows' care may be needed there (<see cref="WindowMap.Place"/>).</param>
public sealed record LimeSurveyMapping(
    string? ResponseId = null,
    string? SubmitDate = null,
    FieldMap? Language = null,
    FieldMap? Consent = null,
    FieldMap? HouseholdType = null,
    FieldMap? AreaCode = null,
    OptionsMap? AwayDays = null,
    OptionsMap? Languages = null,
    List<NeedMap>? Needs = null,
    Dictionary<string, FieldMap>? Extra = null,
    WorkplaceMap? Workplace = null)
{
    public const string DefaultResponseId = "id";
    public const string DefaultSubmitDate = "submitdate";
    public const string DefaultLanguage = "startlanguage";
}

/// <summary>Where one answer comes from: a column of the export, or one <paramref name="Value"/> for every row.</summary>
/// <param name="Column">The column's heading, e.g. <c>Q1</c> or <c>Q4[SQ001]</c>.</param>
/// <param name="Values">LimeSurvey answer code → our value (<c>A1</c> → <c>incoming</c>). When given, a code that is not listed is an error
/// naming the row; a code mapped to <c>""</c> counts as no answer (e.g. "don't know"). Without it, the cell is taken as it is.</param>
/// <param name="Value">The same value for every row instead of a column, e.g. <c>krippe</c> for a group of columns about the Krippe.</param>
public sealed record FieldMap(string? Column = null, Dictionary<string, string>? Values = null, string? Value = null);

/// <summary>A multiple-choice question: each column is one option; a row ticks it with any answer but empty or <c>N</c>.</summary>
/// <param name="Columns">Column → our value when ticked, e.g. <c>Q7[SQ001]</c> → <c>pl</c>.</param>
public sealed record OptionsMap(Dictionary<string, string> Columns);

/// <summary>
/// One need a row may hold. The need is in the row when its <paramref name="When"/> column is ticked
/// or, without <paramref name="When"/>, when any of its columns holds an answer.
/// </summary>
/// <param name="When">A column that says whether the row has this need (any answer but empty or <c>N</c>).</param>
/// <param name="Category">Care category code, typically a fixed <c>value</c> (<c>krippe</c>, <c>tagespflege</c> …).</param>
/// <param name="Persons">A whole number 1–20 (LimeSurvey's <c>2.0000000000</c> is read as 2).</param>
/// <param name="AgeBand"><c>0-2</c>, <c>3-5</c>, <c>6-9</c>, <c>10-13</c>, <c>14-17</c>, <c>18-64</c>, <c>65-79</c> or <c>80+</c>.</param>
/// <param name="Windows">The weekly windows; a window is in the row when any of its columns holds an answer.</param>
/// <param name="From">First day, <c>yyyy-MM-dd</c> (a LimeSurvey date such as <c>2027-01-01 00:00:00</c> is read as that day).</param>
/// <param name="Until">Last day, as <paramref name="From"/>.</param>
/// <param name="Temporary">Yes (<c>Y</c>, <c>yes</c>, <c>true</c>, <c>1</c>, <c>ja</c>) or no (<c>N</c>, <c>no</c>, <c>false</c>, <c>0</c>, <c>nein</c>).</param>
/// <param name="Urgency"><c>immediate</c>, <c>withinThreeMonths</c>, <c>withinYear</c> or <c>later</c>.</param>
/// <param name="MetToday"><c>notMet</c>, <c>partly</c>, <c>family</c>, <c>private</c> or <c>publicOffer</c>.</param>
public sealed record NeedMap(
    string? When = null,
    FieldMap? Category = null,
    FieldMap? Persons = null,
    FieldMap? AgeBand = null,
    List<WindowMap>? Windows = null,
    FieldMap? From = null,
    FieldMap? Until = null,
    FieldMap? Temporary = null,
    FieldMap? Urgency = null,
    FieldMap? MetToday = null);

/// <summary>One weekly window of a need.</summary>
/// <param name="Day">The weekday it starts on (<c>monday</c> … <c>sunday</c>), typically a fixed <c>value</c>.</param>
/// <param name="From">Start, <c>HH:mm</c> (also <c>6:00</c>, <c>06:00:00</c> or a LimeSurvey date-time's time).</param>
/// <param name="To">End, as <paramref name="From"/>; <c>24:00</c> is midnight.</param>
/// <param name="Overnight">Yes/no as for <see cref="NeedMap.Temporary"/>; without it a window is not overnight, so one ending before it starts is an error.</param>
/// <param name="Place">Where the care is needed then: <c>home</c> (also when not mapped or not answered), <c>workplace</c> or <c>either</c>,
/// usually through <c>values</c>; not <c>home</c> only with <see cref="LimeSurveyMapping.Workplace"/> answered, as in the survey.</param>
public sealed record WindowMap(FieldMap? Day = null, FieldMap? From = null, FieldMap? To = null, FieldMap? Overnight = null, FieldMap? Place = null);

/// <summary>The workplace of the multilocal member, as the survey asks it.</summary>
/// <param name="Ags">The 8-digit AGS of its municipality, usually through <c>values</c> (a list question's code → AGS).</param>
/// <param name="AreaCode">Its area, when the municipality is the surveying one or another sharing the platform; usually through <c>values</c>.</param>
public sealed record WorkplaceMap(FieldMap? Ags = null, FieldMap? AreaCode = null);
