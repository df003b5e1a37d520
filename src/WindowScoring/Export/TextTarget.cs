using System.Globalization;
using System.Text;

namespace WindowScoring.Export;

/// <summary>Where writers write: a file, a stream, a text writer or a string; the one place that picks the encoding of each.</summary>
internal static class TextTarget
{
    /// <summary>UTF-8 with a byte order mark, so Excel shows Chinese text correctly.</summary>
    internal static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>UTF-8 without a byte order mark.</summary>
    internal static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates or overwrites the file at <paramref name="path"/> and writes it in <paramref name="encoding"/>.</summary>
    // Whole or not at all: written to a temporary file in the same folder, then moved over the target, so a failure
    // (a full disk, an exception from a row) leaves an existing file as it was and never half-written. A symbolic link is
    // followed (the file it names is replaced, the link kept); a device or kernel file (/dev/stdout, /dev/full, /proc/…)
    // is written in place, as replacing it would put a regular file where the device was.
    internal static void ToFile(string path, Encoding encoding, Action<TextWriter> write)
    {
        Preconditions.CheckNotBlank(path);
        var full = Path.GetFullPath(path);
        if (new FileInfo(full) is { LinkTarget: not null } link && link.ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            full = target.FullName;
        }

        if (IsSystemFile(full))
        {
            using var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            ToStream(device, encoding, write);
            return;
        }

        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                ToStream(stream, encoding, write);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary); // nothing left behind after a failure (no-op once moved)
        }
    }

    // A device or kernel file on Unix: never replaced by a move.
    internal static bool IsSystemFile(string fullPath) =>
        !OperatingSystem.IsWindows() && (fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal) || fullPath.StartsWith("/sys/", StringComparison.Ordinal));

    internal static void ToStream(Stream stream, Encoding encoding, Action<TextWriter> write)
    {
        Preconditions.CheckNotNull(stream);
        using var writer = new StreamWriter(stream, encoding, 64 * 1024, leaveOpen: true);
        write(writer);
    }

    /// <summary>Writes to a string.</summary>
    internal static string ToText(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }
}
