using System.Text.RegularExpressions;

namespace GutAusgestattet.ServiceDefaults.Http;

/// <summary>
/// The platform's one rule against CSV formula injection (OWASP): a spreadsheet opening an export
/// runs a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return as a
/// formula, so a name a planner or a household typed (<c>=HYPERLINK(…)</c>) could act in the
/// reader's spreadsheet. Such a cell is written with a leading <c>'</c>, which spreadsheets show as
/// text. A cell that is a plain number (<c>-1.5</c>, a longitude <c>-0.12</c>, <c>-1E-05</c>) is
/// never a formula and stays a number, whoever wrote it. A cell that already starts with <c>'</c>
/// before such a start gets one more, so <see cref="Restore"/> (the imports) reads back exactly
/// what was exported, and a hand-written <c>'=x</c> is read as the <c>=x</c> its author meant.
/// </summary>
public static partial class CsvCell
{
    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>The cell as it is written to a CSV file.</summary>
    public static string Neutralise(string value) => IsNeutralised(value) ? "'" + value : value;

    /// <summary>The cell as the export had it before <see cref="Neutralise"/>: strips the one quote it adds, no other.</summary>
    public static string Restore(string field) => field.StartsWith('\'') && IsNeutralised(field[1..]) ? field[1..] : field;

    private static bool IsNeutralised(string value)
    {
        var rest = value.TrimStart('\'');
        return rest.Length > 0 && FormulaStarts.Contains(rest[0]) && !PlainNumber().IsMatch(rest);
    }

    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
