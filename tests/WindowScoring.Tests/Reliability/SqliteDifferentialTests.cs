using CsCheck;
using Microsoft.Data.Sqlite;

namespace WindowScoring.Tests.Reliability;

/// <summary>
/// Differential test: our ranks equal SQLite's window functions on random tables with many ties —
/// competition = <c>RANK()</c>, dense = <c>DENSE_RANK()</c>, ordinal = <c>ROW_NUMBER()</c> (ties by input position),
/// modified competition = <c>COUNT(*)</c> over the default frame (every row up to the last peer), fractional = their mean.
/// </summary>
/// <remarks>
/// The totals are stored in a <c>REAL</c> column. Every key is a dyadic fraction (a multiple of 0.5, or of 1/1024)
/// between 60 and 120, which a double holds exactly, so SQLite compares the same numbers we do. The tables cover the
/// three paths of the ranker: counting over a small span (steps of 0.5), counting through a lookup (few distinct keys
/// over a wide span at scale 10), and the stable sort (more than 1,024 distinct keys).
/// </remarks>
public sealed class SqliteDifferentialTests
{
    // Steps of 0.5 in 60..120, drawn from a small pool so that most tables have many ties.
    private static readonly Gen<decimal[]> HalfPoints =
        Gen.Select(Gen.Int[120, 240].Array[1, 12], Gen.Int[0, 1000].Array[0, 80])
            .Select((pool, picks) => picks.Select(p => pool[p % pool.Length] / 2m).ToArray());

    // Multiples of 1/1024 in 60..120 (scale 10): a few distinct keys over a wide span.
    private static readonly Gen<decimal[]> FewWide =
        Gen.Select(Gen.Int[0, 61440].Array[1, 6], Gen.Int[0, 1000].Array[1, 60])
            .Select((pool, picks) => picks.Select(p => 60m + (pool[p % pool.Length] / 1024m)).ToArray());

    // More distinct keys than the lookup takes: the ranker sorts.
    private static readonly Gen<decimal[]> ManyDistinct =
        Gen.Int[0, 61440].Array[1100, 1400].Select(ks => ks.Select(k => 60m + (k / 1024m)).ToArray());

    private static readonly Gen<decimal[]> Tables = Gen.Frequency((12, HalfPoints), (4, FewWide), (1, ManyDistinct));

    [Test]
    public void Property_RanksEqualSqliteWindowFunctions([Values] RankOrder order)
    {
        using var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        Execute(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, total REAL NOT NULL)");
        var direction = order == RankOrder.Descending ? "DESC" : "ASC";
        var query = $"""
            SELECT RANK() OVER w, DENSE_RANK() OVER w, ROW_NUMBER() OVER (ORDER BY total {direction}, id), COUNT(*) OVER w
            FROM t WINDOW w AS (ORDER BY total {direction}) ORDER BY id
            """;
        var tables = 0;

        Tables.Sample(keys =>
        {
            Load(db, keys);
            var sql = new (decimal Competition, decimal Dense, decimal Ordinal, decimal Modified)[keys.Length];
            using (var select = db.CreateCommand())
            {
                select.CommandText = query;
                using var reader = select.ExecuteReader();
                for (var i = 0; reader.Read(); i++)
                {
                    sql[i] = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
                }
            }

            Ours(keys, RankingMethod.Competition, order).Should().Equal(sql.Select(s => s.Competition), "RANK()");
            Ours(keys, RankingMethod.Dense, order).Should().Equal(sql.Select(s => s.Dense), "DENSE_RANK()");
            Ours(keys, RankingMethod.Ordinal, order).Should().Equal(sql.Select(s => s.Ordinal), "ROW_NUMBER() by total, then input position");
            Ours(keys, RankingMethod.ModifiedCompetition, order).Should().Equal(sql.Select(s => s.Modified), "COUNT(*) up to the last peer");
            Ours(keys, RankingMethod.Fractional, order).Should().Equal(sql.Select(s => (s.Competition + s.Modified) / 2m), "the mean of the two");

            foreach (var method in new[] { RankingMethod.Competition, RankingMethod.Dense, RankingMethod.Ordinal })
            {
                var spanRanks = new int[keys.Length];
                Ranker.ComputeRanks(keys, spanRanks, method, order);
                spanRanks.Select(r => (decimal)r).Should().Equal(Ours(keys, method, order), "ComputeRanks agrees with Rank ({0})", method);
            }

            tables++;
        }, iter: 300, threads: 1); // one connection: one thread

        tables.Should().Be(300);
    }

    [Test]
    public void Oracle_WorkedExampleFromTheReadme()
    {
        using var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        Execute(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, total REAL NOT NULL)");
        Load(db, [120m, 120m, 114.5m, 110m]);
        using var select = db.CreateCommand();
        select.CommandText = "SELECT group_concat(r, ',') FROM (SELECT RANK() OVER (ORDER BY total DESC) AS r FROM t ORDER BY id)";
        select.ExecuteScalar().Should().Be("1,1,3,4");
    }

    /// <summary>Our ranks in input order, through <see cref="Ranker.Rank{T}"/>.</summary>
    private static decimal[] Ours(decimal[] keys, RankingMethod method, RankOrder order) =>
        Ranker.Rank(keys, k => k, method, order).OrderBy(r => r.InputIndex).Select(r => r.Rank).ToArray();

    private static void Load(SqliteConnection db, decimal[] keys)
    {
        using var transaction = db.BeginTransaction();
        Execute(db, "DELETE FROM t");
        using var insert = db.CreateCommand();
        insert.CommandText = "INSERT INTO t (id, total) VALUES ($id, $total)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var total = insert.Parameters.Add("$total", SqliteType.Real);
        for (var i = 0; i < keys.Length; i++)
        {
            id.Value = i;
            total.Value = (double)keys[i]; // exact: every key is a dyadic fraction (see the remarks)
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
