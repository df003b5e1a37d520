using CsCheck;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>The duplicate-department table of the row loop agrees with a <see cref="HashSet{T}"/>, across its growth.</summary>
public sealed class FingerprintSetTests
{
    [Test]
    public void Add_DistinctThenRepeated_TrueOnceEachAcrossGrowth()
    {
        var set = new FingerprintSet();
        var fingerprints = Enumerable.Range(0, 100_000).Select(i => TableRowReader.Fingerprint("省直部门" + i)).Append(UInt128.Zero).ToArray();

        fingerprints.Select(set.Add).Should().AllSatisfy(added => added.Should().BeTrue());
        fingerprints.Select(set.Add).Should().AllSatisfy(added => added.Should().BeFalse());
        set.Count.Should().Be(fingerprints.Length);
    }

    [Test]
    public void Add_AnySequence_AnswersAsAHashSet()
    {
        // Few distinct values (so many repeats), colliding low bits (so long probe runs), zero among them.
        var fingerprint = Gen.Select(Gen.Int[0, 300], Gen.Int[0, 3], (low, high) => new UInt128((ulong)high, (ulong)(low << 8)));

        fingerprint.Array[0, 2_000].Sample(values =>
        {
            var set = new FingerprintSet();
            var reference = new HashSet<UInt128>();
            values.Select(set.Add).Should().Equal(values.Select(reference.Add));
            set.Count.Should().Be(reference.Count);
        }, iter: 200);
    }

    [Test]
    public void Add_RepeatsAcrossGrowth_AnswersAsAHashSet()
    {
        // Enough distinct values for several doublings of the table, with repeats from long before (moved by a growth) and from
        // just before; half share their low bits (the table's slot), so their probe runs are long.
        var fingerprint = Gen.Select(Gen.Int[0, 12_000], Gen.Bool, (n, sameLow) => new UInt128((ulong)n, sameLow ? 0x5555UL : (ulong)n * 0x9E3779B97F4A7C15));

        fingerprint.Array[10_000, 30_000].Sample(values =>
        {
            var set = new FingerprintSet();
            var reference = new HashSet<UInt128>();
            values.Select(set.Add).Should().Equal(values.Select(reference.Add));
            set.Count.Should().Be(reference.Count);
        }, iter: 20);
    }

    [Test]
    public void Add_UniformFingerprints_WithRepeats_AnswersAsAHashSet()
    {
        // As real fingerprints are (uniform in all 128 bits, so a batch spreads over its sorting buckets and the filter over
        // its words), across several batches and growths; the generators above crowd one bucket and one word instead.
        var fingerprint = Gen.Int[0, 20_000].Select(n => TableRowReader.Fingerprint("部门" + n));

        fingerprint.Array[10_000, 40_000].Sample(values =>
        {
            var set = new FingerprintSet();
            var reference = new HashSet<UInt128>();
            values.Select(set.Add).Should().Equal(values.Select(reference.Add));
            set.Count.Should().Be(reference.Count);
        }, iter: 10);
    }
}
