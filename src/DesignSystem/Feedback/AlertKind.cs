namespace GutAusgestattet.DesignSystem.Feedback;

/// <summary>KERN's four alert colours.</summary>
public enum AlertKind
{
    Info,
    Success,
    Warning,
    Danger,
}
