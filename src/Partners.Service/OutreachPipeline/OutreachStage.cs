namespace GutAusgestattet.Partners.OutreachPipeline;

/// <summary>Where the approach to a partner stands.</summary>
public enum OutreachStage
{
    Identified,
    Contacted,
    InTalks,
    Agreed,
    Declined,
    Paused,
}
