using System.Text;

namespace GutAusgestattet.ServiceDefaults.Http;

/// <summary>
/// The one CSV writer of the platform's exports: RFC 4180, comma-separated, CRLF line ends, fields
/// quoted only where they must be, every field neutralised against formula injection (<see cref="CsvCell"/>).
/// </summary>
public static class CsvRows
{
    /// <summary>
    /// A file for Excel in Germany takes <c>;</c> as <paramref name="separator"/>, as German Excel expects when it
    /// opens a CSV by double click: there the comma is the decimal separator.
    /// </summary>
    public static StringBuilder AppendRow(this StringBuilder output, IReadOnlyList<string?> fields, char separator = ',')
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) output.Append(separator);
            AppendField(output, CsvCell.Neutralise(fields[i] ?? ""), separator);
        }
        return output.Append("\r\n");
    }

    /// <summary>Quoted when it holds the delimiter, a quote, a line break, or spaces a reader would trim.</summary>
    private static void AppendField(StringBuilder output, string value, char separator)
    {
        if (!value.Contains(separator) && value.AsSpan().IndexOfAny("\"\r\n") < 0 && value.Trim().Length == value.Length)
            output.Append(value);
        else
            output.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }
}
