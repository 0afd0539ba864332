namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>Counts the distinct responses behind a gap with a stamp per response instead of hashing GUIDs per gap.</summary>
internal sealed class ResponseCounter
{
    private readonly CategoryNeeds _needs;
    private int[] _seen;
    private int _cleared;
    private int _stamp;

    public ResponseCounter(CategoryNeeds needs, Workspace space)
    {
        _needs = needs;
        Workspace.Fit(ref space.Seen, needs.Responses);
        _seen = space.Seen;
        _seen.AsSpan(0, needs.Responses).Clear();
        _cleared = needs.Responses;
    }

    /// <summary>Responses of the needs <paramref name="behind"/> (indices into the category's needs) that need any of <paramref name="slots"/>.</summary>
    public ResponseCount Count(List<int> behind, SlotSet slots)
    {
        // A kept cell's table may have numbered new responses since (CategoryNeeds.Insert): their stamps start unseen.
        if (_needs.Responses > _cleared)
        {
            if (_seen.Length < _needs.Responses) Array.Resize(ref _seen, _needs.Responses);
            _seen.AsSpan(_cleared, _needs.Responses - _cleared).Clear();
            _cleared = _needs.Responses;
        }
        _stamp++;
        var count = 0;
        var unweighted = 0;
        var responseOf = _needs.Response;
        var size = _needs.ResponseSize;
        var standsAlone = _needs.ResponseUnweighted;
        foreach (var i in behind)
        {
            var response = responseOf[i];
            if (_seen[response] == _stamp || !Overlaps(_needs.Ranges(i), slots)) continue;
            _seen[response] = _stamp;
            count += size[response];
            if (standsAlone[response]) unweighted += size[response];
        }
        return new ResponseCount(count, unweighted);
    }

    private static bool Overlaps(ReadOnlySpan<SlotRange> ranges, SlotSet slots)
    {
        foreach (var range in ranges)
            if (slots.Overlaps(range)) return true;
        return false;
    }
}

/// <summary>The responses behind a gap, and how many of them stand only for themselves (<see cref="NeedInput.Unweighted"/>).</summary>
internal readonly record struct ResponseCount(int All, int Unweighted);
