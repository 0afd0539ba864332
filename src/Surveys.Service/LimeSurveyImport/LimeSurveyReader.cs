using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Surveys;

namespace GutAusgestattet.Surveys.LimeSurveyImport;

/// <summary>
/// The body of an import: the export's text, how to read it, and the consent it stands for.
/// </summary>
/// <param name="Csv">The LimeSurvey response export as CSV text: headings as question codes, answers as answer codes
/// (LimeSurvey: Export results → "Question code" headings, "Answer codes"); <c>,</c> or <c>;</c>, quoted fields, a UTF-8 BOM are fine.</param>
/// <param name="ConsentVersion">The planner's statement that the LimeSurvey respondents agreed to this survey's consent and purpose text:
/// its version (e.g. <c>2026-2</c>). It is recorded with every imported answer, as with an answer given here.</param>
/// <param name="Mapping">Which columns hold which answers.</param>
/// <param name="Source">Which LimeSurvey survey the export comes from (e.g. its survey id <c>482913</c>), when responses of more than
/// one are imported into this survey: their response ids start at 1 each, so only together with the source do they tell responses apart.</param>
public sealed record LimeSurveyImportRequest(string? Csv = null, string? ConsentVersion = null, LimeSurveyMapping? Mapping = null, string? Source = null);

/// <summary>One data row of the export, with its answer when it is a complete, valid response.</summary>
public sealed record ReadRow(int Line, string? ResponseId, AnswerRequest? Answer, RowOutcome Outcome);

public sealed record LimeSurveyFile(IReadOnlyList<ReadRow> Rows, IReadOnlyList<LimeSurveyImportError> Errors);

/// <summary>
/// Reads a LimeSurvey export into answers, each checked by the same <see cref="AnswerRules"/> as an
/// answer given here, against the survey's published version. Pure: no storage, no clock.
/// </summary>
public static class LimeSurveyReader
{
    public const int MaxKeyPartLength = 40;

    /// <summary>
    /// The answer's idempotency key: the same response imported again finds the answer stored the
    /// first time. The prefix keeps it apart from keys respondents send with their submissions.
    /// </summary>
    public static string IdempotencyKey(string? source, string responseId) =>
        source is null ? $"{KeyPrefix}{responseId}" : $"{KeyPrefix}{source}:{responseId}";

    /// <summary>Reserved for imports: a respondent's submission may not use it, or it could pass for an imported response.</summary>
    public const string KeyPrefix = "limesurvey:";

    /// <param name="otherAreas">Other municipalities' area codes by AGS, for workplaces there (<see cref="Areas.WorkplaceAreas"/>).</param>
    public static LimeSurveyFile Read(LimeSurveyImportRequest request, SurveyDefinition survey, IReadOnlySet<string> knownAreas, string tenant,
        IReadOnlyDictionary<string, IReadOnlySet<string>>? otherAreas = null)
    {
        var errors = new List<LimeSurveyImportError>();
        void Refuse(string field, string rule) => errors.Add(new LimeSurveyImportError(null, null, null, field, rule));
        if (string.IsNullOrWhiteSpace(request.Csv)) Refuse("csv", "The LimeSurvey response export (CSV text) is required.");
        if (request.Mapping is null) Refuse("mapping", "The mapping of the export's columns to the answers is required.");
        if (request.ConsentVersion != survey.Consent.Version)
            Refuse("consentVersion", $"Name the consent text the LimeSurvey respondents agreed to in substance: this survey's version '{survey.Consent.Version}'.");
        if (request.Source is { } source && !(source.Length is > 0 and <= MaxKeyPartLength && source.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
            Refuse("source", $"Name the LimeSurvey survey with 1 to {MaxKeyPartLength} letters, digits, '-' or '_', e.g. its survey id.");
        if (errors.Count > 0) return new LimeSurveyFile([], errors);

        using var records = CsvRecords.Read(request.Csv!, out _).GetEnumerator();
        if (!records.MoveNext())
        {
            Refuse("csv", "The file is empty; expected LimeSurvey's header row (id, submitdate, lastpage, startlanguage, … question codes).");
            return new LimeSurveyFile([], errors);
        }
        if (LimeSurveyHeader.Check(records.Current, request.Mapping!, errors) is not { } header) return new LimeSurveyFile([], errors);

        var rows = new List<ReadRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (records.MoveNext())
        {
            var record = records.Current;
            var before = errors.Count;
            string? rowId = null;
            void Fail(string? column, string field, string rule) => errors.Add(new LimeSurveyImportError(record.Line, rowId, column, field, rule));

            if ((record.Error ?? (record.Fields.Count != header.Count ? $"Expected {header.Count} fields as in the header, found {record.Fields.Count}." : null)) is { } shape)
            {
                Fail(null, "row", shape);
                rows.Add(new ReadRow(record.Line, null, null, RowOutcome.Invalid));
                continue;
            }
            var id = header.Cell(record, header.ResponseId);
            rowId = id.Length > 0 ? id : null;
            if (header.SubmitDate is { } submitDate && header.Cell(record, submitDate).Length == 0)
            {
                rows.Add(new ReadRow(record.Line, rowId, null, RowOutcome.Skipped));
                continue;
            }
            if (id.Length == 0) Fail(header.ResponseId, "responseId", "A response id is required: it keeps a second import from counting the response twice.");
            else if (id.Length > MaxKeyPartLength) Fail(header.ResponseId, "responseId", $"A response id of at most {MaxKeyPartLength} characters.");
            else if (!seen.TryAdd(id, record.Line)) Fail(header.ResponseId, "responseId", $"The response id '{id}' is on line {seen[id]} as well.");

            var mapped = LimeSurveyRows.Map(record, header, request.Mapping!, request.ConsentVersion!);
            foreach (var (field, column, rule) in mapped.Errors) Fail(column, field, rule);
            // A rule about a field whose cell could not be read only repeats the error; so does the end of a
            // window whose overnight flag could not be read.
            var unreadable = mapped.Errors.Select(e => e.Field)
                .SelectMany(f => f.EndsWith(".overnight", StringComparison.Ordinal) ? [f, f[..^".overnight".Length] + ".to"] : new[] { f }).ToHashSet();
            var workplaceAreas = mapped.Answer.Workplace?.Ags is { } ags ? otherAreas?.GetValueOrDefault(ags) : null;
            foreach (var (field, rules) in AnswerRules.Validate(mapped.Answer, survey, knownAreas, tenant, workplaceAreas).Errors)
                if (!unreadable.Contains(field))
                    foreach (var rule in rules) Fail(mapped.Columns.GetValueOrDefault(field), field, rule);

            var valid = errors.Count == before;
            rows.Add(new ReadRow(record.Line, rowId, valid ? mapped.Answer : null, valid ? RowOutcome.New : RowOutcome.Invalid));
        }
        return new LimeSurveyFile(rows, errors);
    }
}
