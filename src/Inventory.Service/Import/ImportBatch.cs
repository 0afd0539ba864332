namespace GutAusgestattet.Inventory.Import;

/// <summary>
/// The offer events of one import: they carry its <see cref="Id"/>, and the import ends with
/// <see cref="Contracts.V1.OffersImported"/> naming how many there are, so consumers can take the import as one change.
/// </summary>
public sealed class ImportBatch
{
    public Guid Id { get; } = Guid.CreateVersion7();

    /// <summary>Offer events published with <see cref="Id"/> so far.</summary>
    public int Events { get; private set; }

    /// <summary>The id to put on the next offer event, counting it.</summary>
    public Guid Next()
    {
        Events++;
        return Id;
    }
}
