using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace WindowScoring.Web;

// Typed rows: a stored department is its values, and reading it back makes the library's objects from them directly
// (Department, Assessment, NotAssessedEntry), never text given to a table reader again, which would apply the reader's
// rules a second time (an accepted name '=x is no formula apostrophe to remove; an extra column's heading is no column
// to recognise). The kind of row says which values it has:
//   breakdown     base, deduction (a non-negative magnitude), bonus and their total  -> new Assessment(d, b, d, b)
//   total         the total alone (a score-only table)                               -> new Assessment(d, total)
//   not-assessed  the reason in note                                                 -> new NotAssessedEntry(d, note)
// Figures are the invariant text of the decimal (decimal.ToString keeps the scale and never writes an exponent), parsed
// back with the invariant culture; extras are JSON [[heading, value], …] written and read with System.Text.Json.
internal sealed partial class MonthStore
{
    private const string BreakdownKind = "breakdown";
    private const string TotalKind = "total";
    private const string NotAssessedKind = "not-assessed";

    // The schema version (PRAGMA user_version) of a file whose rows all carry their kind.
    private const int TypedRowsVersion = 2;

    private const string RowColumns = "code, name, grp, kind, base, deduction, bonus, total, note, extras";

    // One row of RowColumns: an assessment, or (when not assessed) an entry.
    private static (Assessment? Assessment, NotAssessedEntry? NotAssessed) ReadRow(SqliteDataReader row)
    {
        var department = new Department(row.GetString(0), row.GetString(1));
        var group = Text(row, 2);
        return row.GetString(3) switch
        {
            BreakdownKind => (new Assessment(department, Figure(row, 4), Figure(row, 5), Figure(row, 6)) { Group = group, Extras = Extras(row, 9) }, null),
            TotalKind => (new Assessment(department, Figure(row, 7)) { Group = group, Extras = Extras(row, 9) }, null),
            NotAssessedKind => (null, new NotAssessedEntry(department, Text(row, 8)) { Group = group }),
            var other => throw new InvalidDataException($"Stored row of kind '{other}' is none of {BreakdownKind}, {TotalKind}, {NotAssessedKind}."),
        };
    }

    private static string? Text(SqliteDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    private static decimal Figure(SqliteDataReader row, int column) =>
        decimal.Parse(row.GetString(column), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string>[] Extras(SqliteDataReader row, int column) =>
        row.IsDBNull(column)
            ? []
            : (JsonSerializer.Deserialize<string[][]>(row.GetString(column)) ?? []).Select(e => new KeyValuePair<string, string>(e[0], e[1])).ToArray();

    private static object Db(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : DBNull.Value;

    private static object ExtrasJson(IReadOnlyList<KeyValuePair<string, string>> extras) =>
        extras.Count == 0 ? DBNull.Value : JsonSerializer.Serialize(extras.Select(e => new[] { e.Key, e.Value }));

    // A file made by the sample before rows were typed has no kind column, and one made before codes were stored has an
    // empty code where the reader derived the department from its name: each row gets its kind from which figures it
    // has, and each empty code the library's derived code (Department.NormalizeName), so its months read as they did.
    // Runs in EnsureCreated's transaction, once (user_version).
    private static void UpgradeToTypedRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        using (var version = connection.CreateCommand())
        {
            version.Transaction = transaction;
            version.CommandText = "PRAGMA user_version;";
            if ((long)version.ExecuteScalar()! >= TypedRowsVersion)
            {
                return;
            }
        }

        if (!HasColumn(connection, transaction, "assessment", "kind"))
        {
            Execute(connection, transaction, $"ALTER TABLE assessment ADD COLUMN kind TEXT CHECK (kind IN ('{BreakdownKind}', '{TotalKind}', '{NotAssessedKind}'));");
        }

        connection.CreateFunction("windowscoring_code", (string name) => Department.NormalizeName(name), isDeterministic: true);
        Execute(connection, transaction, $"""
            UPDATE assessment SET code = windowscoring_code(name) WHERE code = '';
            UPDATE assessment SET kind = CASE WHEN total IS NULL THEN '{NotAssessedKind}' WHEN base IS NULL THEN '{TotalKind}' ELSE '{BreakdownKind}' END
            WHERE kind IS NULL;
            PRAGMA user_version = {TypedRowsVersion};
            """);
    }
}
