using System.Globalization;

namespace WindowScoring.OpenXml;

/// <summary>
/// What the writers check before they touch any file, and how they write one: every text a table puts in a document
/// must fit in XML 1.0 (no control character but tab, line feed and carriage return, no U+FFFE or U+FFFF, no half of a
/// surrogate pair) and, in a worksheet, in Excel's 32,767 characters a cell. The core's readers refuse such text at
/// import, so it can only come from code; a writer given it throws <see cref="ArgumentException"/> naming the department
/// instead of writing a document that cannot be opened or read back.
/// </summary>
internal static class WritableText
{
    /// <summary>Excel's most characters in one cell.</summary>
    internal const int ExcelCellLimit = 32_767;

    /// <summary>Throws <see cref="ArgumentException"/> for the first text of the table that a document cannot hold.</summary>
    internal static void Check(PublishedLayout.Sheet sheet, int? maxLength)
    {
        if (sheet.Title is { } title)
        {
            Check(title, "the title", maxLength);
        }

        foreach (var heading in sheet.Headers)
        {
            Check(heading, "the heading " + heading, maxLength); // a host's extra column names its own heading
        }

        foreach (var (group, rows) in sheet.Blocks())
        {
            foreach (var cells in rows)
            {
                var department = cells[PublishedLayout.DepartmentColumn].Value ?? string.Empty;
                foreach (var cell in cells)
                {
                    if (cell.Value is { } text)
                    {
                        Check(text, department, maxLength);
                    }
                }
            }

            if (group is not null)
            {
                Check(group, "the group " + group, maxLength);
            }
        }
    }

    private static void Check(string text, string where, int? maxLength)
    {
        if (IndexOfInvalid(text) is var at and >= 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The text of {Printable(where)} has U+{(int)text[at]:X4} at position {at + 1}, which an Office document cannot hold; the table was not written."), "table");
        }

        if (text.Length > maxLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The text of {Printable(where)} is {text.Length} characters long, more than the {maxLength} a worksheet cell holds; the table was not written."), "table");
        }
    }

    /// <summary>The index of the first character XML 1.0 cannot hold, or -1.</summary>
    internal static int IndexOfInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    // A name for the message, its unwritable characters shown as \uXXXX so the message itself can be printed anywhere.
    private static string Printable(string text) =>
        IndexOfInvalid(text) < 0 ? text : string.Concat(text.Select(c => c < ' ' || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    /// <summary>
    /// Writes a table to a file whole or not at all (see <see cref="ToFile(string, Action{Stream})"/>), the arguments and
    /// the table's text checked (by <paramref name="package"/>) before the file is touched; the package is built in a
    /// temporary file and copied, as the target may be a device that cannot seek.
    /// </summary>
    internal static void ToFile(object table, string path, Func<Action<Stream>> package)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var build = package();
        ToFile(path, file => TemporaryFile.WriteTo(file, build));
    }

    /// <summary>Writes a table to a caller's stream: checked (by <paramref name="package"/>), built in a temporary file, copied.</summary>
    internal static void ToStream(object table, Stream stream, Func<Action<Stream>> package)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(table);
        TemporaryFile.WriteTo(stream, package());
    }

    /// <summary>As <see cref="ToStream"/>, writing to the stream only asynchronously.</summary>
    internal static Task ToStreamAsync(object table, Stream stream, Func<Action<Stream>> package, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(table);
        return TemporaryFile.WriteToAsync(stream, package(), cancellationToken);
    }

    /// <summary>
    /// Writes a file whole or not at all: to a temporary file in the same folder, then moved over the target, so a
    /// failure leaves an existing file as it was. A symbolic link is followed (the file it names is replaced); a device or
    /// kernel file (<c>/dev/…</c>, <c>/proc/…</c>) is written in place, never replaced by a regular file.
    /// </summary>
    internal static void ToFile(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (new FileInfo(full) is { LinkTarget: not null } link && link.ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            full = target.FullName;
        }

        if (!OperatingSystem.IsWindows() && (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal) || full.StartsWith("/sys/", StringComparison.Ordinal)))
        {
            using var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            write(device);
            return;
        }

        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
