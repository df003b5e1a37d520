using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace WindowScoring.Benchmarks;

/// <summary>
/// Competition ranking of random totals (multiples of 0.5 between 60 and 120: many ties) against, in the
/// same run, Array.Sort of the same decimal keys (the floor of any comparison sort), SQLite's
/// <c>RANK() OVER (ORDER BY total DESC)</c> on the same data already in an in-memory database, and, for
/// 10^3 only, the naive "1 + count of greater" per item.
/// </summary>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private decimal[] _keys = [];
    private decimal[] _scratch = [];
    private decimal[] _decimalRanks = [];
    private int[] _ranks = [];
    private SqliteConnection? _sqlite;

    [Params(1_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _keys = Totals.Random(N);
        _scratch = new decimal[N];
        _decimalRanks = new decimal[N];
        _ranks = new int[N];

        // SQLite binds decimal as TEXT, which ranks "9.5" above "120": declare and bind the column as REAL.
        _sqlite = new SqliteConnection("Data Source=:memory:");
        _sqlite.Open();
        using (var create = _sqlite.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (id INTEGER PRIMARY KEY, total REAL NOT NULL)";
            create.ExecuteNonQuery();
        }

        using (var tx = _sqlite.BeginTransaction())
        using (var insert = _sqlite.CreateCommand())
        {
            insert.CommandText = "INSERT INTO t (id, total) VALUES ($id, $total)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var total = insert.Parameters.Add("$total", SqliteType.Real);
            for (var i = 0; i < N; i++)
            {
                id.Value = i;
                total.Value = (double)_keys[i];
                insert.ExecuteNonQuery();
            }

            tx.Commit();
        }

        // Both must give the same ranks, or the comparison means nothing.
        Ranker.ComputeRanks(_keys, _ranks);
        var sql = SqliteRank();
        if (!sql.AsSpan().SequenceEqual(_ranks))
        {
            throw new InvalidOperationException("SQLite RANK() and Ranker disagree.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _sqlite?.Dispose();

    [Benchmark(Baseline = true)]
    public decimal ArraySort()
    {
        _keys.CopyTo(_scratch, 0);
        Array.Sort(_scratch);
        return _scratch[0];
    }

    [Benchmark]
    public int ComputeRanksInt()
    {
        Ranker.ComputeRanks(_keys, _ranks);
        return _ranks[0];
    }

    [Benchmark]
    public decimal ComputeRanksDecimal()
    {
        Ranker.ComputeRanks(_keys, _decimalRanks);
        return _decimalRanks[0];
    }

    [Benchmark]
    public decimal RankItems() => Ranker.Rank(_keys, k => k)[0].Rank;

    [Benchmark]
    public int SqliteRankOver() => SqliteRank()[0];

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

            _decimalRanks[i] = greater + 1;
        }

        return _decimalRanks[0];
    }

    private int[] SqliteRank()
    {
        var ranks = new int[N];
        using var query = _sqlite!.CreateCommand();
        query.CommandText = "SELECT id, RANK() OVER (ORDER BY total DESC) FROM t";
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            ranks[reader.GetInt32(0)] = reader.GetInt32(1);
        }

        return ranks;
    }
}

/// <summary>Ranking ten million totals: time and memory beyond the input and the output ranks.</summary>
[MemoryDiagnoser]
public class NationalScaleBenchmarks
{
    private decimal[] _keys = [];
    private int[] _ranks = [];

    [Params(10_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _keys = Totals.Random(N);
        _ranks = new int[N];
    }

    [Benchmark]
    public int ComputeRanksInt()
    {
        Ranker.ComputeRanks(_keys, _ranks);
        return _ranks[0];
    }
}

/// <summary>The benchmark data: totals in steps of 0.5 between 60 and 120, fixed seed.</summary>
internal static class Totals
{
    internal static decimal[] Random(int n)
    {
        var random = new Random(20231130);
        var keys = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = random.Next(120, 241) / 2m;
        }

        return keys;
    }
}
