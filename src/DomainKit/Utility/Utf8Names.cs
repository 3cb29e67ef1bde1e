using System.Runtime.CompilerServices;
using System.Text;

namespace DomainKit.Utility;

/// <summary>
/// Finds a name given as UTF-8 bytes among a fixed set of names, without making a string: the names are grouped by
/// their length in bytes, so that a lookup compares only the few of the same length. Built once for each set, from
/// the tables that define the names; safe to read from any thread.
/// </summary>
internal sealed class Utf8Names
{
    private readonly (byte[] Name, int Value)[][] byLength;

    public Utf8Names(IEnumerable<(string Name, int Value)> names)
    {
        var encoded = names.Select(n => (Name: Encoding.UTF8.GetBytes(n.Name), n.Value)).ToList();
        if (encoded.Select(n => Convert.ToHexString(n.Name)).Distinct().Count() != encoded.Count)
        {
            throw new ArgumentException("A name stands twice in the set.", nameof(names));
        }
        var longest = encoded.Count == 0 ? 0 : encoded.Max(n => n.Name.Length);
        byLength = new (byte[], int)[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            byLength[length] = [.. encoded.Where(n => n.Name.Length == length)];
        }
    }

    /// <summary>The value given with <paramref name="name"/>, or -1 when it is none of the names (exact bytes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<byte> name)
    {
        if ((uint)name.Length >= (uint)byLength.Length)
        {
            return -1;
        }
        var candidates = byLength[name.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            // Names of one length mostly differ in their first byte: compared first, it settles most lookups.
            var candidate = candidates[i].Name;
            if (candidate[0] == name[0] && name.SequenceEqual(candidate))
            {
                return candidates[i].Value;
            }
        }
        return -1;
    }
}
