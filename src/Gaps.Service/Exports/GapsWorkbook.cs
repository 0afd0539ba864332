using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// The gaps as an XLSX workbook: sheet "Lücken" ("Gaps" in English) with a bold header row frozen in view and typed
/// cells (numbers stay numbers, so planners can sort and sum; flags are boolean cells), sheet "Erläuterung" ("Columns")
/// saying what the export covers and what each column means and how it is computed — German unless English is asked for.
/// </summary>
public static class GapsWorkbook
{
    private const uint Bold = 1;

    public static byte[] Write(IEnumerable<ExportedGap> gaps, ExportScope scope)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

            var german = scope.Language == ExportLanguage.German;
            var header = ExportColumns.All.Select(c => (object?)c.Header(scope.Language)).ToList();
            AddSheet(workbook, german ? "Lücken" : "Gaps", [header, .. gaps.Select(g => ExportColumns.All.Select(c => c.Value(g)).ToList())], headerRow: 0);

            List<List<object?>> documentation =
            [
                [german ? "Woche" : "week", scope.Week.ToString()],
                [german ? "Angebote" : "offers", scope.OffersText],
                [german ? "Datei" : "export", scope.SharedText],
                [],
                german ? ["Spalte", "Bedeutung"] : ["column", "meaning"],
                .. ExportColumns.All.Select(c => new List<object?> { c.Header(scope.Language), c.Explanation(scope.Language) }),
            ];
            AddSheet(workbook, german ? "Erläuterung" : "Columns", documentation, headerRow: 4);
        }
        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, string name, IReadOnlyList<IReadOnlyList<object?>> rows, int headerRow)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)r + 1 };
            for (var c = 0; c < rows[r].Count; c++)
                if (Cell(rows[r][c], $"{ColumnName(c)}{r + 1}") is { } cell)
                {
                    if (r == headerRow) cell.StyleIndex = Bold;
                    row.Append(cell);
                }
            data.Append(row);
        }
        var frozenHeader = new SheetViews(new SheetView(
            new Pane { VerticalSplit = headerRow + 1, TopLeftCell = $"A{headerRow + 2}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 });
        part.Worksheet = new Worksheet(frozenHeader, data);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
    }

    /// <summary>Null (a suppressed or absent figure) is no cell at all, so a numeric column stays numeric.</summary>
    private static Cell? Cell(object? value, string reference) => value switch
    {
        null => null,
        // ECMA-376 allows only 1 or 0 in a boolean cell; CellValue(bool) writes "true"/"false", which Excel may refuse as damaged.
        bool flag => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") },
        int or long or float or double or decimal => new Cell
        {
            CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        },
        _ => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
    };

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellStyleFormats(new CellFormat()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
}
