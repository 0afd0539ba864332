using System.Text;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>
/// A fingerprint of every finding, bit for bit (FNV-1a over keys, slots and the exact doubles), so an
/// optimized engine can be shown to find exactly what the previous one found on the same data.
/// </summary>
internal static class Digest
{
    public static ulong Of(IEnumerable<List<GapFinding>> tenants)
    {
        var hash = 14695981039346656037UL;
        void Mix(ulong value)
        {
            for (var i = 0; i < 8; i++, value >>= 8) hash = (hash ^ (value & 0xff)) * 1099511628211UL;
        }
        foreach (var findings in tenants)
            foreach (var gap in findings)
            {
                foreach (var b in Encoding.UTF8.GetBytes(gap.Key)) Mix(b);
                foreach (var range in gap.Slots.Ranges()) Mix(((ulong)range.From << 32) | (uint)range.To);
                Mix((ulong)BitConverter.DoubleToInt64Bits(gap.PeakPersons));
                Mix((ulong)BitConverter.DoubleToInt64Bits(gap.PersonHours));
                Mix((ulong)BitConverter.DoubleToInt64Bits(gap.Severity));
                Mix((ulong)BitConverter.DoubleToInt64Bits(gap.Confidence));
                Mix((ulong)gap.Responses);
            }
        return hash;
    }
}
