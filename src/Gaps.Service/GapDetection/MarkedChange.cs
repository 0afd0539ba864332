namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>A category to recalculate, naming the offer or answer that changed in it, or none when the category changed as a whole.</summary>
public readonly record struct MarkedChange(string Category, ChangedItem? Item = null, Guid? ItemId = null);
