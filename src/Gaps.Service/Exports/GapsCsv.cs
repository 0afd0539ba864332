using System.Globalization;
using System.Text;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>The gaps as RFC 4180 CSV with a header row (<see cref="ExportColumns"/>), numbers in invariant culture.</summary>
public static class GapsCsv
{
    /// <summary>UTF-8 with a byte order mark: without it Excel, which most planners open CSV in, garbles "Mo–Do" and umlauts.</summary>
    public static byte[] Write(IEnumerable<ExportedGap> gaps)
    {
        var text = new StringBuilder().AppendRow([.. ExportColumns.All.Select(c => c.Name)]);
        foreach (var gap in gaps) text.AppendRow([.. ExportColumns.All.Select(c => Format(c.Value(gap)))]);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
