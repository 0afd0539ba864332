namespace GutAusgestattet.SurveyWeb.Localization;

/// <summary>
/// Which language a request asks for, read the same way by the document (for <c>lang</c> and
/// <c>dir</c>) and by the page: a language button pressed (<c>action=lang:xx</c>), else the form's
/// <c>lang</c>, else <c>?lang=</c>, else German. No cookie remembers it.
/// </summary>
public static class RequestLanguage
{
    public const string LanguageAction = "lang:";

    public static UiLanguage Of(HttpContext http)
    {
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType)
        {
            var form = http.Request.Form;
            if (form["action"].ToString() is { } action && action.StartsWith(LanguageAction, StringComparison.Ordinal))
                return UiLanguage.Of(action[LanguageAction.Length..]);
            if (form.TryGetValue("lang", out var posted)) return UiLanguage.Of(posted.ToString());
        }
        return UiLanguage.Of(http.Request.Query["lang"].ToString());
    }
}
