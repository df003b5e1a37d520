using System.Globalization;

namespace WindowScoring.OpenXml;

/// <summary>Which number formats show a date or time, and the text of a date serial number.</summary>
internal static class DateFormats
{
    /// <summary>True for the built-in date and time formats (14–22, 45–47) and the East Asian ones (27–36, 50–58).</summary>
    internal static bool IsBuiltInDate(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>True for a format that shows nothing (<c>;;;</c>: every section empty), which hides a cell's value from a person.</summary>
    internal static bool IsHiddenCode(string code) => code.Contains(';', StringComparison.Ordinal) && code.Split(';').All(string.IsNullOrWhiteSpace);

    /// <summary>
    /// True when a custom format code shows a date or time: it has y, m, d, h or s outside quoted text, escaped characters
    /// and brackets (colours, conditions, locales), or an elapsed-time bracket such as <c>[h]</c>.
    /// </summary>
    internal static bool IsDateCode(string code)
    {
        var section = code.Split(';')[0];
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            switch (c)
            {
                case '"':
                    var close = section.IndexOf('"', i + 1);
                    i = close < 0 ? section.Length : close;
                    break;
                case '\\' or '_' or '*':
                    i++; // the next character is literal (or a width/fill)
                    break;
                case '[':
                    var end = section.IndexOf(']', i + 1);
                    var inner = end < 0 ? string.Empty : section[(i + 1)..end].ToLowerInvariant();
                    if (inner is "h" or "hh" or "m" or "mm" or "s" or "ss")
                    {
                        return true;
                    }

                    i = end < 0 ? section.Length : end;
                    break;
                default:
                    if (char.ToLowerInvariant(c) is 'y' or 'm' or 'd' or 'h' or 's')
                    {
                        return true; // "General" and "0.00E+00" have none of these
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>The text of a date serial number (<c>2023-11-05</c>, with the time when it has one), or null when out of range.</summary>
    internal static string? Text(double serial, bool date1904)
    {
        if (!double.IsFinite(serial) || serial < 0)
        {
            return null;
        }

        // The 1900 system counts the non-existent 1900-02-29 (serial 60); serials before it start a day later.
        var origin = date1904 ? new DateTime(1904, 1, 1) : serial < 60 ? new DateTime(1899, 12, 31) : new DateTime(1899, 12, 30);
        var milliseconds = Math.Round(serial * 86_400_000d);
        if (milliseconds >= (DateTime.MaxValue - origin).TotalMilliseconds)
        {
            return null; // past 9999-12-31, the last day Excel shows (a 1904 serial reaches it 1462 days sooner)
        }

        var value = origin.AddMilliseconds(milliseconds);
        return value.TimeOfDay == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }
}
