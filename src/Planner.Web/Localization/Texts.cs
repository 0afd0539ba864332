namespace GutAusgestattet.PlannerWeb.Localization;

/// <summary>The pages' texts (Texts.resx German, Texts.en.resx English), read through <c>IStringLocalizer&lt;Texts&gt;</c>.</summary>
public sealed class Texts;
