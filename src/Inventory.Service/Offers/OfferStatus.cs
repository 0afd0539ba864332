namespace GutAusgestattet.Inventory.Offers;

public enum OfferStatus
{
    /// <summary>Registered ahead of the date it opens.</summary>
    Planned,
    Active,
    Withdrawn,
}
