using PdfSharp.Drawing;

namespace GutAusgestattet.Surveys.Letters;

public enum LineAlignment
{
    /// <summary>Where the language's lines start: the left, or the right for right-to-left text.</summary>
    Start,
    Center,
}

/// <summary>
/// Sets paragraphs into a column from top to bottom, wrapped at spaces, in the letter's direction.
/// Each paragraph is shaped (<see cref="ArabicShaping"/>) and its bidi levels resolved as a whole
/// (<see cref="Bidi"/>); then every line is put in visual order on its own.
/// </summary>
public sealed class TextColumn(XGraphics graphics, double left, double width, bool rightToLeft)
{
    private const double Leading = 1.3;

    /// <summary>The top of the next line.</summary>
    public double Y { get; set; }

    public double Left => left;

    public double Width => width;

    /// <summary>One paragraph per line of <paramref name="text"/>.</summary>
    public TextColumn Paragraph(string text, XFont font, XBrush? brush = null, double spaceAfter = 0, LineAlignment alignment = LineAlignment.Start)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var shaped = ArabicShaping.Shape(paragraph);
            var bidi = new Bidi(shaped, rightToLeft);
            foreach (var (start, length) in Wrap(shaped, bidi, font))
                Place(bidi.Line(start, length), font, brush ?? XBrushes.Black, alignment);
        }
        Y += spaceAfter;
        return this;
    }

    /// <summary>A line that must not be shaped, reordered or wrapped, such as a link or a code.</summary>
    public TextColumn Verbatim(string text, XFont font, XBrush? brush = null, double spaceAfter = 0, LineAlignment alignment = LineAlignment.Start)
    {
        Place(text, font, brush ?? XBrushes.Black, alignment);
        Y += spaceAfter;
        return this;
    }

    public TextColumn Space(double points)
    {
        Y += points;
        return this;
    }

    private void Place(string visual, XFont font, XBrush brush, LineAlignment alignment)
    {
        var lineWidth = graphics.MeasureString(visual, font).Width;
        var x = alignment == LineAlignment.Center ? left + (width - lineWidth) / 2
            : rightToLeft ? left + width - lineWidth
            : left;
        graphics.DrawString(visual, font, brush, x, Y, XStringFormats.TopLeft);
        Y += font.Size * Leading;
    }

    /// <summary>Greedy line breaking at spaces, in logical order; a word wider than the column stands alone.</summary>
    private IEnumerable<(int Start, int Length)> Wrap(string text, Bidi bidi, XFont font)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf(' ', start);
            if (end < 0) end = text.Length;
            while (end < text.Length)
            {
                var next = text.IndexOf(' ', end + 1);
                if (next < 0) next = text.Length;
                if (graphics.MeasureString(bidi.Line(start, next - start), font).Width > width) break;
                end = next;
            }
            yield return (start, end - start);
            start = end + 1;
        }
    }
}
