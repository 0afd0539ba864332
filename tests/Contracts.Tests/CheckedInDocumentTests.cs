using System.Text;

namespace GutAusgestattet.Contracts.Tests;

public class CheckedInDocumentTests
{
    [Fact]
    public void Checked_in_asyncapi_json_equals_the_generated_document()
    {
        var path = CatalogueDocument.CheckedInPath;
        var generated = Encoding.UTF8.GetBytes(CatalogueDocument.Generated);

        // The only sanctioned way to change the file: regenerate from the contracts.
        if (Environment.GetEnvironmentVariable("UPDATE_ASYNCAPI") == "1")
        {
            File.WriteAllBytes(path, generated);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing. {CatalogueDocument.RegenerateHint}");
        var checkedIn = File.ReadAllBytes(path);
        if (checkedIn.AsSpan().SequenceEqual(generated))
            return;

        Assert.Fail($"{path} is not what AsyncApiDocument.Generate() produces ({FirstDifference(checkedIn, generated)}). " +
            CatalogueDocument.RegenerateHint);
    }

    static string FirstDifference(byte[] checkedIn, byte[] generated)
    {
        string[] a = Encoding.UTF8.GetString(checkedIn).Split('\n'), b = Encoding.UTF8.GetString(generated).Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < b.Length ? b[i] : "<end of file>";
            if (left == right)
                continue;
            if (left.TrimEnd('\r') == right)
                return $"line {i + 1} ends in CRLF; the file must keep LF (see src/Contracts/.gitattributes)";
            return $"line {i + 1}: checked in `{left.Trim()}`, generated `{right.Trim()}`";
        }

        return "same text, different bytes: check for a BOM";
    }
}
