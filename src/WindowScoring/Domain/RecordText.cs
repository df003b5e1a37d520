using System.Collections;
using System.Globalization;
using System.Text;

namespace WindowScoring;

/// <summary>
/// Prints a result's members invariantly, in the familiar <c>Name { Member = value, … }</c> shape, so its
/// <c>ToString()</c> reads as data and the same on every machine (<c>HonourAward { Title = 黑榜, …, Total = 86.5 }</c>):
/// decimals and dates invariantly, lists as <c>[a, b]</c> and dictionaries as <c>{ key: value }</c> (never
/// <c>Adjustment[]</c> or <c>Dictionary`2</c>).
/// </summary>
internal static class RecordText
{
    /// <summary>The whole text: <c>typeName { members }</c>.</summary>
    internal static string Of(string typeName, params (string Name, object? Value)[] members)
    {
        var builder = new StringBuilder(typeName).Append(" { ");
        Print(builder, members);
        return builder.Append(" }").ToString();
    }

    /// <summary>Appends the members (for a record's own <c>PrintMembers</c>).</summary>
    internal static bool Print(StringBuilder builder, params (string Name, object? Value)[] members)
    {
        for (var i = 0; i < members.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(members[i].Name).Append(" = ");
            AppendValue(builder, members[i].Value);
        }

        return true;
    }

    private static void AppendValue(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string s:
                builder.Append(s);
                break;
            case DateOnly date:
                builder.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IFormattable formattable:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IDictionary dictionary:
                builder.Append('{');
                var firstEntry = true;
                foreach (DictionaryEntry entry in dictionary)
                {
                    builder.Append(firstEntry ? " " : ", ");
                    firstEntry = false;
                    AppendValue(builder, entry.Key);
                    builder.Append(": ");
                    AppendValue(builder, entry.Value);
                }

                builder.Append(firstEntry ? "}" : " }");
                break;
            case IEnumerable items:
                builder.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    AppendValue(builder, item);
                }

                builder.Append(']');
                break;
            default:
                builder.Append(value);
                break;
        }
    }
}
