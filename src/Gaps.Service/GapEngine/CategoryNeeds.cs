namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// One category's needs read once, in input order: each need's area, persons and response number,
/// and its slot ranges copied into one flat array. Later steps work on these compact arrays (in the
/// thread's <see cref="Workspace"/>) instead of chasing tens of thousands of objects again.
/// </summary>
internal sealed class CategoryNeeds
{
    private readonly Workspace _space;

    /// <param name="area">The area all the needs are in, when they are one cell's: its index need not be looked up need by need.</param>
    public CategoryNeeds(List<NeedInput> needs, AreaIndex areas, Workspace space, int? area = null)
    {
        _space = space;
        Count = needs.Count;
        Workspace.Fit(ref space.Area, Count);
        Workspace.Fit(ref space.Response, Count);
        Workspace.Fit(ref space.ResponseSize, Count);
        Workspace.Fit(ref space.ResponseUnweighted, Count);
        Workspace.Fit(ref space.Persons, Count);
        Workspace.Fit(ref space.AsksFeature, Count);
        Workspace.Fit(ref space.RangeStart, Count + 1);
        var responses = space.ResponseNumbers;
        responses.Clear();
        var ranges = 0;
        for (var i = 0; i < Count; i++)
        {
            var need = needs[i];
            space.Area[i] = area ?? areas.IndexOf(need.AreaCode);
            if (!responses.TryGetValue(need.ResponseId, out var response))
            {
                responses.Add(need.ResponseId, response = responses.Count);
                space.ResponseSize[response] = need.Responses;
                space.ResponseUnweighted[response] = need.Unweighted;
            }
            space.Response[i] = response;
            space.Persons[i] = need.Persons;
            space.AsksFeature[i] = need.Temporary || need.Languages.Count > 0;
            space.RangeStart[i] = ranges;
            // An empty range needs no slot, as in a slot-by-slot loop.
            foreach (var range in SlotMath.Span(need.Slots))
            {
                if (range.Length <= 0) continue;
                if (ranges == space.Ranges.Length) Array.Resize(ref space.Ranges, Math.Max(1024, ranges * 2));
                space.Ranges[ranges++] = range;
            }
        }
        space.RangeStart[Count] = ranges;
        Responses = responses.Count;
    }

    public int Count { get; }

    /// <summary>Each need's area index.</summary>
    public ReadOnlySpan<int> Area => _space.Area.AsSpan(0, Count);

    /// <summary>Each need's response, numbered 0 … <see cref="Responses"/> − 1.</summary>
    public ReadOnlySpan<int> Response => _space.Response.AsSpan(0, Count);

    public int Responses { get; }

    /// <summary>How many responses each response number stands for (see <see cref="NeedInput.Responses"/>).</summary>
    public ReadOnlySpan<int> ResponseSize => _space.ResponseSize.AsSpan(0, Responses);

    /// <summary>Whether each response number stands only for itself (see <see cref="NeedInput.Unweighted"/>).</summary>
    public ReadOnlySpan<bool> ResponseUnweighted => _space.ResponseUnweighted.AsSpan(0, Responses);

    /// <summary>Whether the need asks for a short-term place or a language: only those can be a feature gap.</summary>
    public ReadOnlySpan<bool> AsksFeature => _space.AsksFeature.AsSpan(0, Count);

    /// <summary>Each need's weighted persons.</summary>
    public ReadOnlySpan<double> Persons => _space.Persons.AsSpan(0, Count);

    /// <summary>Adds the need's persons to each of its slots in <paramref name="row"/> (672 slots).</summary>
    public void AddTo(Span<double> row, int need)
    {
        var persons = _space.Persons[need];
        foreach (var range in Ranges(need)) SlotMath.Add(row.Slice(range.From, range.Length), persons);
    }

    public ReadOnlySpan<SlotRange> Ranges(int need) => _space.Ranges.AsSpan(_space.RangeStart[need], _space.RangeStart[need + 1] - _space.RangeStart[need]);
}
