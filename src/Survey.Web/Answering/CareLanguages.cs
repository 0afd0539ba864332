using GutAusgestattet.DesignSystem.Forms;

namespace GutAusgestattet.SurveyWeb.Answering;

/// <summary>
/// Languages care may be wished in, each named in itself (so a reader finds their own whatever the
/// page's language): the languages most spoken in German households besides German.
/// </summary>
public static class CareLanguages
{
    public static readonly IReadOnlyList<Option> All =
    [
        new("de", "Deutsch"), new("en", "English"), new("tr", "Türkçe"), new("ar", "العربية"), new("uk", "Українська"),
        new("pl", "Polski"), new("ru", "Русский"), new("ro", "Română"), new("it", "Italiano"), new("el", "Ελληνικά"),
        new("hr", "Hrvatski"), new("sq", "Shqip"), new("ku", "Kurdî"), new("fa", "فارسی"), new("es", "Español"),
        new("fr", "Français"), new("bg", "Български"), new("vi", "Tiếng Việt"),
    ];

    public static string Name(string code) => All.FirstOrDefault(o => o.Value == code)?.Text ?? code;
}
