using System.Text.Json;
using System.Text.Json.Serialization;

namespace GutAusgestattet.SurveyWeb.Answering;

/// <summary>
/// The draft as the hidden form field carries it: JSON in base64url. It is not secret (only the
/// respondent's own entries) and needs no signature: the service checks every answer it stores.
/// </summary>
public static class DraftCodec
{
    public const string FieldName = "state";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Encode(AnswerDraft draft) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(draft, Json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The draft, or null when the field is missing or not one of ours (then the survey starts afresh).</summary>
    public static AnswerDraft? Decode(string? field)
    {
        if (string.IsNullOrEmpty(field)) return null;
        try
        {
            var base64 = field.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var draft = JsonSerializer.Deserialize<AnswerDraft>(Convert.FromBase64String(base64), Json);
            return draft is { Needs.Count: > 0 and <= AnswerDraft.MaxNeeds } && draft.Needs.All(n => n.Windows.Count is > 0 and <= NeedDraft.MaxWindows) ? draft : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
