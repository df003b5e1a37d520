namespace WindowScoring.Import;

/// <summary>
/// The departments a read has seen, as 128-bit fingerprints (<see cref="TableRowReader.Fingerprint"/>): an open-addressing
/// table with linear probing, so adding a department touches one slot of one array (a <see cref="HashSet{T}"/> reads a
/// bucket, then an entry elsewhere: two cache misses a row once the set outgrows the cache, which on 10^6 departments
/// cost more than parsing the row).
/// </summary>
/// <remarks>The table is a power of two in size and at most half full; an empty slot holds zero, so the fingerprint zero
/// is kept apart.</remarks>
internal sealed class FingerprintSet
{
    private UInt128[] _slots = new UInt128[256];
    private int _count;
    private bool _hasZero;

    /// <summary>The fingerprints added.</summary>
    internal int Count => _count + (_hasZero ? 1 : 0);

    /// <summary>Adds a fingerprint; false when it was already there.</summary>
    internal bool Add(UInt128 fingerprint)
    {
        if (fingerprint == UInt128.Zero)
        {
            var added = !_hasZero;
            _hasZero = true;
            return added;
        }

        if (!Insert(_slots, fingerprint))
        {
            return false;
        }

        if (++_count > _slots.Length / 2)
        {
            Grow();
        }

        return true;
    }

    // True when the fingerprint was not in the table (it is now).
    private static bool Insert(UInt128[] slots, UInt128 fingerprint)
    {
        var mask = slots.Length - 1;
        for (var i = (int)(ulong)fingerprint & mask; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == fingerprint)
            {
                return false;
            }

            if (slot == UInt128.Zero)
            {
                slots[i] = fingerprint;
                return true;
            }
        }
    }

    // Called a few times a read, with a loop over the whole table: compiled fully optimised at once rather than run in
    // unoptimised code until on-stack replacement.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Grow()
    {
        var larger = new UInt128[_slots.Length * 2];
        foreach (var fingerprint in _slots)
        {
            if (fingerprint != UInt128.Zero)
            {
                Insert(larger, fingerprint);
            }
        }

        _slots = larger;
    }
}
