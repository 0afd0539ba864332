using System.Text;

namespace GutAusgestattet.ServiceDefaults.Http;

/// <summary>One CSV record with the line it starts on (1-based); <c>Error</c> when its quoting is broken.</summary>
public sealed record CsvRecord(int Line, List<string> Fields, string? Error);

/// <summary>
/// The one CSV reader of the platform's imports (RFC 4180), the counterpart of <see cref="CsvRows"/>:
/// fields may be quoted and span lines, and each record names the physical line it starts on, so an
/// import can point the user at the line their editor shows. A UTF-8 byte order mark is dropped; a
/// header line with semicolons and no comma switches to the German spreadsheet dialect (<c>;</c>).
/// </summary>
public static class CsvRecords
{
    /// <summary>The non-blank records, the header first; <paramref name="delimiter"/> is the one the header line uses.</summary>
    public static IEnumerable<CsvRecord> Read(string text, out char delimiter)
    {
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var firstLineEnd = text.IndexOfAny(['\r', '\n']);
        var headerLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        delimiter = !headerLine.Contains(',') && headerLine.Contains(';') ? ';' : ',';
        return Parse(text, delimiter).Where(r => !IsBlank(r));
    }

    private static bool IsBlank(CsvRecord record) => record.Error is null && record.Fields.All(string.IsNullOrWhiteSpace);

    /// <summary>The records of the file, each with the line it starts on; a quoted field may span lines.</summary>
    private static IEnumerable<CsvRecord> Parse(string text, char delimiter)
    {
        var i = 0;
        var line = 1;
        var field = new StringBuilder();
        while (i < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            string? error = null;
            while (true)
            {
                field.Clear();
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    var closed = false;
                    while (i < text.Length)
                    {
                        var c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c == '\n') line++;
                        field.Append(c);
                        i++;
                    }
                    if (!closed) error ??= "A quoted field is not closed before the end of the file.";
                    while (i < text.Length && text[i] is ' ' or '\t') i++;
                    if (i < text.Length && text[i] != delimiter && text[i] is not ('\r' or '\n'))
                    {
                        error ??= "Unexpected text after a closing quote; a quote inside a quoted field is written twice (\"\").";
                        while (i < text.Length && text[i] != delimiter && text[i] is not ('\r' or '\n')) i++;
                    }
                }
                else
                {
                    while (i < text.Length && text[i] != delimiter && text[i] is not ('\r' or '\n')) field.Append(text[i++]);
                }
                fields.Add(field.ToString());

                if (i < text.Length && text[i] == delimiter)
                {
                    i++;
                    continue;
                }
                if (i < text.Length)
                {
                    i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                }
                break;
            }
            yield return new CsvRecord(start, fields, error);
        }
    }
}
