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
            else if (space.ResponseSize[response] != need.Responses || space.ResponseUnweighted[response] != need.Unweighted) Uniform = false;
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

    public int Count { get; private set; }

    /// <summary>
    /// Whether each response's items agree on how many responses they stand for and whether they stand alone (as a
    /// response's items do): only then can a need be put in or taken out (<see cref="Insert"/>, <see cref="RemoveAt"/>)
    /// and the table stay what reading the needs again would give.
    /// </summary>
    public bool Uniform { get; private set; } = true;

    /// <summary>
    /// Puts <paramref name="need"/> in at <paramref name="at"/>, in <paramref name="area"/>, as reading the needs again would
    /// (a response seen before keeps its number; a new one takes the next); false, and nothing changed, if it makes the
    /// table not <see cref="Uniform"/>. A big cell's change moves arrays instead of chasing its needs' objects again.
    /// </summary>
    public bool Insert(int at, NeedInput need, int area)
    {
        var space = _space;
        if (space.ResponseNumbers.TryGetValue(need.ResponseId, out var response))
        {
            if (space.ResponseSize[response] != need.Responses || space.ResponseUnweighted[response] != need.Unweighted) return Uniform = false;
        }
        else
        {
            space.ResponseNumbers.Add(need.ResponseId, response = Responses++);
            Workspace.Grow(ref space.ResponseSize, Responses);
            Workspace.Grow(ref space.ResponseUnweighted, Responses);
            space.ResponseSize[response] = need.Responses;
            space.ResponseUnweighted[response] = need.Unweighted;
        }
        Open(ref space.Area, at, area);
        Open(ref space.Response, at, response);
        Open(ref space.Persons, at, need.Persons);
        Open(ref space.AsksFeature, at, need.Temporary || need.Languages.Count > 0);
        var (start, total, added) = (space.RangeStart[at], space.RangeStart[Count], 0);
        foreach (var range in SlotMath.Span(need.Slots))
            if (range.Length > 0) added++;
        Workspace.Grow(ref space.Ranges, total + added);
        Array.Copy(space.Ranges, start, space.Ranges, start + added, total - start);
        foreach (var range in SlotMath.Span(need.Slots))
            if (range.Length > 0) space.Ranges[start++] = range;
        Workspace.Grow(ref space.RangeStart, Count + 2);
        for (var j = Count + 1; j > at; j--) space.RangeStart[j] = space.RangeStart[j - 1] + added;
        Count++;
        return true;
    }

    /// <summary>Takes the need at <paramref name="at"/> out; its response keeps its number (counted nowhere without needs).</summary>
    public void RemoveAt(int at)
    {
        var space = _space;
        var (start, end, total) = (space.RangeStart[at], space.RangeStart[at + 1], space.RangeStart[Count]);
        Array.Copy(space.Ranges, end, space.Ranges, start, total - end);
        for (var j = at; j < Count; j++) space.RangeStart[j] = space.RangeStart[j + 1] - (end - start);
        Close(space.Area, at);
        Close(space.Response, at);
        Close(space.Persons, at);
        Close(space.AsksFeature, at);
        Count--;
    }

    private void Open<T>(ref T[] array, int at, T value)
    {
        Workspace.Grow(ref array, Count + 1);
        Array.Copy(array, at, array, at + 1, Count - at);
        array[at] = value;
    }

    private void Close<T>(T[] array, int at) => Array.Copy(array, at + 1, array, at, Count - at - 1);

    /// <summary>Each need's area index.</summary>
    public ReadOnlySpan<int> Area => _space.Area.AsSpan(0, Count);

    /// <summary>Each need's response, numbered 0 … <see cref="Responses"/> − 1.</summary>
    public ReadOnlySpan<int> Response => _space.Response.AsSpan(0, Count);

    public int Responses { get; private set; }

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
