using System.Globalization;
using System.Text;
using WindowScoring.Rules;

namespace WindowScoring;

/// <summary>
/// Prints a record's members invariantly. The compiler-synthesized <c>PrintMembers</c> of a record formats decimals and
/// dates in the current culture (<c>Total = 86,5</c> under de-DE); a sealed record or a record struct declares its own
/// private <c>PrintMembers</c> that calls this, so its <c>ToString()</c> reads the same on every machine
/// (<c>HonourAward { Title = 黑榜, …, Total = 86.5 }</c>).
/// </summary>
internal static class RecordText
{
    internal static bool Print(StringBuilder builder, params (string Name, object? Value)[] members)
    {
        for (var i = 0; i < members.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(members[i].Name).Append(" = ").Append(members[i].Value switch
            {
                null => string.Empty,
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString(),
            });
        }

        return true;
    }
}
