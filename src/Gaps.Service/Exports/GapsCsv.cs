using System.Globalization;
using System.Text;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// The gaps as RFC 4180 CSV with a header row (<see cref="ExportColumns"/>) in the scope's language. Plain: <c>,</c>,
/// numbers in invariant culture, flags true/false. German (<see cref="CsvFormat.German"/>): <c>;</c>, decimal comma,
/// flags WAHR/FALSCH (which German Excel reads as booleans) and codes kept as text (<see cref="KeepAsText"/>).
/// </summary>
public static class GapsCsv
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>
    /// U+2060 WORD JOINER: invisible and without width, not whitespace Excel trims, and not a formula start. Excel opening
    /// a CSV turns "01" into the number 1 and "1-2" into a date; a cell starting with this character is no number and
    /// stays text, shown as "01". The usual ways do not work here: a leading <c>'</c> is shown literally in a CSV, and
    /// <c>="01"</c> is a formula that the platform's rule against formula injection (<see cref="CsvCell"/>) writes as
    /// <c>'="01"</c>, shown literally too. The character stays in the cell's text, so only codes Excel would convert
    /// (those starting with a digit) get it, and only in the German format meant for Excel.
    /// </summary>
    public const char KeepAsTextMark = '\u2060';

    /// <summary>UTF-8 with a byte order mark: without it Excel, which most planners open CSV in, garbles "Mo–Do" and umlauts.</summary>
    public static byte[] Write(IEnumerable<ExportedGap> gaps, ExportScope scope)
    {
        var excel = scope.Format == CsvFormat.German;
        var separator = excel ? ';' : ',';
        var text = new StringBuilder().AppendRow([.. ExportColumns.All.Select(c => c.Header(scope.Language))], separator);
        foreach (var gap in gaps)
            text.AppendRow([.. ExportColumns.All.Select(c => c.IsCode && excel ? KeepAsText(c.Value(gap)?.ToString()) : Format(c.Value(gap), excel))], separator);
        return Utf8WithBom(text);
    }

    /// <summary>UTF-8 with a byte order mark: without it Excel garbles "Mo–Do" and umlauts.</summary>
    public static byte[] Utf8WithBom(StringBuilder text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];

    /// <summary>A code as German Excel keeps it: marked (<see cref="KeepAsTextMark"/>) when it starts with a digit.</summary>
    public static string? KeepAsText(string? code) => code is [>= '0' and <= '9', ..] ? KeepAsTextMark + code : code;

    /// <summary>A cell's value as text: German Excel's decimal comma and WAHR/FALSCH, or the invariant culture.</summary>
    public static string? Format(object? value, bool excel) => value switch
    {
        null => null,
        bool flag when excel => flag ? "WAHR" : "FALSCH",
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, excel ? German : CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
