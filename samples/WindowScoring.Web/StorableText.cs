using System.Globalization;
using System.Xml;
using WindowScoring.Import;

namespace WindowScoring.Web;

/// <summary>
/// The host's promise that whatever a 201 accepted, every later read of it answers 200: a month is served as JSON, CSV,
/// an .xlsx workbook, a .docx document and an HTML page, and the Open XML formats are XML, which cannot hold every
/// string (U+FFFE, U+FFFF, a lone surrogate, most control characters). An upload whose names, codes, groups, notes,
/// title or a hall's own columns (their headings and cells, <see cref="Assessment.Extras"/>) hold such a character is
/// refused (422 naming the line, the field and the character) instead of stored and broken later.
/// </summary>
internal static class StorableText
{
    /// <summary>The first text of the upload that XML cannot hold: its line (null for the title), field and character; null when all can be stored.</summary>
    public static (int? Line, string Field, string Character)? FirstUnstorable(ImportResult import)
    {
        if (Unstorable(import.Title) is { } inTitle)
        {
            return (null, "title", inTitle);
        }

        foreach (var row in import.Rows)
        {
            var group = row.Assessment?.Group ?? row.NotAssessed?.Group;
            foreach (var (field, text) in new[] { ("name", row.Department.Name), ("code", row.Department.Code), ("group", group), ("note", row.NotAssessed?.Reason) })
            {
                if (Unstorable(text) is { } character)
                {
                    return (row.Line, field, character);
                }
            }

            foreach (var (heading, cell) in row.Assessment?.Extras ?? [])
            {
                if ((Unstorable(heading) ?? Unstorable(cell)) is { } character)
                {
                    return (row.Line, Unstorable(heading) is null ? heading : "heading", character);
                }
            }
        }

        return null;
    }

    // U+XXXX of the first character XML 1.0 cannot hold, or null.
    private static string? Unstorable(string? text)
    {
        if (text is null)
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
