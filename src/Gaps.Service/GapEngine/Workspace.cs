namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// Buffers each thread reuses from one category to the next. A big city's category has tens of
/// thousands of needs: fresh arrays of that size land on the large object heap at every change
/// and drive full garbage collections of the whole read model, which cost more than the comparison.
/// </summary>
internal sealed class Workspace
{
    [ThreadStatic]
    private static Workspace? _current;

    public static Workspace Current => _current ??= new Workspace();

    public List<NeedInput> Needs { get; } = [];

    public List<OfferInput> Offers { get; } = [];

    public Dictionary<Guid, int> ResponseNumbers { get; } = [];

    public int[] Area = [];
    public int[] Response = [];
    public int[] ResponseSize = [];
    public bool[] ResponseUnweighted = [];
    public double[] Persons = [];
    public bool[] AsksFeature = [];
    public int[] RangeStart = [];
    public SlotRange[] Ranges = [];
    public int[] Seen = [];

    /// <summary>Grows <paramref name="array"/> to hold at least <paramref name="length"/> elements, keeping its contents.</summary>
    public static void Grow<T>(ref T[] array, int length)
    {
        if (array.Length < length) Array.Resize(ref array, Math.Max(length, array.Length * 2));
    }

    /// <summary>Grows <paramref name="array"/> to hold at least <paramref name="length"/> elements (contents are not kept).</summary>
    public static void Fit<T>(ref T[] array, int length)
    {
        if (array.Length < length) array = new T[Math.Max(length, array.Length * 2)];
    }
}
