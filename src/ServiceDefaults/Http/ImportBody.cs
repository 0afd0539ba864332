using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GutAusgestattet.ServiceDefaults.Http;

/// <summary>The body of an import request: its media type and its text in the declared charset.</summary>
public static class ImportBody
{
    /// <summary>
    /// An import file may be larger than a JSON request: 20 MiB hold some 300,000 area rows, some
    /// 100,000 offer rows, or detailed district polygons of a large city.
    /// </summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public const string NotUtf8 = "The file is not valid UTF-8; save it as UTF-8 or name its charset in the Content-Type.";

    /// <summary>The lower-case media type without parameters, or null.</summary>
    public static string? MediaType(HttpRequest request, out MediaTypeHeaderValue? contentType) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out contentType) ? contentType.MediaType.Value?.ToLowerInvariant() : null;

    /// <summary>The body as text in its declared charset (UTF-8 unless it says otherwise); null when it does not decode.</summary>
    public static async Task<string?> ReadText(HttpRequest request, MediaTypeHeaderValue contentType, CancellationToken ct)
    {
        Encoding encoding;
        try
        {
            encoding = contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                ? Encoding.GetEncoding(contentType.Charset.Value!)
                : new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        }
        catch (ArgumentException)
        {
            return null;
        }

        using var reader = new StreamReader(request.Body, encoding, detectEncodingFromByteOrderMarks: true);
        try
        {
            return await reader.ReadToEndAsync(ct);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
