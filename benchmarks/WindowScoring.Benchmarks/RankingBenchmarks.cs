using BenchmarkDotNet.Attributes;
using WindowScoring.Ranking;

namespace WindowScoring.Benchmarks;

/// <summary>
/// Competition ranking of random totals (multiples of 0.5 between 60 and 120: many ties) against, in the
/// same run, Array.Sort of the same decimal keys (the floor of any comparison sort) and, for 10^3 only,
/// the naive "1 + count of greater" per item.
/// </summary>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private decimal[] _keys = [];
    private decimal[] _scratch = [];
    private decimal[] _ranks = [];

    [Params(1_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20231130);
        _keys = new decimal[N];
        for (var i = 0; i < N; i++)
        {
            _keys[i] = random.Next(120, 241) / 2m;
        }

        _scratch = new decimal[N];
        _ranks = new decimal[N];
    }

    [Benchmark(Baseline = true)]
    public decimal ArraySort()
    {
        _keys.CopyTo(_scratch, 0);
        Array.Sort(_scratch);
        return _scratch[0];
    }

    [Benchmark]
    public decimal RankItems() => Ranker.Rank(_keys, k => k)[0].Rank;

    [Benchmark]
    public decimal ComputeRanks()
    {
        Ranker.ComputeRanks(_keys, _ranks);
        return _ranks[0];
    }

    [Benchmark]
    public decimal NaiveCountGreater()
    {
        if (N > 1_000)
        {
            return 0m; // quadratic: measured for 10^3 only
        }

        for (var i = 0; i < _keys.Length; i++)
        {
            var greater = 0;
            for (var j = 0; j < _keys.Length; j++)
            {
                if (_keys[j] > _keys[i])
                {
                    greater++;
                }
            }

            _ranks[i] = greater + 1;
        }

        return _ranks[0];
    }
}
