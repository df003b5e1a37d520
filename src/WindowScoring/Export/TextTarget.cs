using System.Globalization;
using System.Text;

namespace WindowScoring.Export;

/// <summary>A text writer's one formatter: writes a table to <paramref name="writer"/> and yields after each row, so an
/// asynchronous target can pass on what was written so far; the other targets run it to its end.</summary>
/// <param name="writer">Where the text goes.</param>
/// <returns>One item per row written (the items mean nothing).</returns>
internal delegate IEnumerable<int> TextBody(TextWriter writer);

/// <summary>Where writers write: a file, a stream (synchronously or not), a text writer or a string; the one place that
/// picks the encoding of each.</summary>
internal static class TextTarget
{
    /// <summary>UTF-8 with a byte order mark, so Excel shows Chinese text correctly.</summary>
    internal static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>UTF-8 without a byte order mark.</summary>
    internal static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    // How many bytes an asynchronous write gathers before it passes them on (the memory it holds, whatever the table).
    private const int AsyncChunk = 32 * 1024;

    /// <summary>Creates or overwrites the file at <paramref name="path"/> and writes it in <paramref name="encoding"/>.</summary>
    // Whole or not at all: written to a temporary file in the same folder, then moved over the target, so a failure
    // (a full disk, an exception from a row) leaves an existing file as it was and never half-written. A symbolic link is
    // followed (the file it names is replaced, the link kept); a device or kernel file (/dev/stdout, /dev/full, /proc/…)
    // is written in place, as replacing it would put a regular file where the device was.
    internal static void ToFile(string path, Encoding encoding, TextBody body)
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
            ToStream(device, encoding, body);
            return;
        }

        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                ToStream(stream, encoding, body);
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

    internal static void ToStream(Stream stream, Encoding encoding, TextBody body)
    {
        Preconditions.CheckNotNull(stream);
        using var writer = new StreamWriter(stream, encoding, 64 * 1024, leaveOpen: true);
        ToWriter(writer, body);
    }

    /// <summary>
    /// Writes to a stream with no synchronous write to it: the formatter writes (synchronously) into a small buffer, which is
    /// passed on asynchronously every <see cref="AsyncChunk"/> bytes, between rows. The bytes are those of
    /// <see cref="ToStream"/>: the same encoder, and the byte order mark written or not by the same rule (the buffer reports
    /// the stream's position).
    /// </summary>
    internal static async Task ToStreamAsync(Stream stream, Encoding encoding, TextBody body, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(stream);
        cancellationToken.ThrowIfCancellationRequested();
        using var pending = new PendingBytes(stream);
        using (var writer = new StreamWriter(pending, encoding, 64 * 1024, leaveOpen: true))
        {
            foreach (var _ in body(writer))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (pending.Count >= AsyncChunk)
                {
                    await pending.PassOnAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            writer.Flush();
        }

        await pending.PassOnAsync(cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes to a text writer.</summary>
    internal static void ToWriter(TextWriter writer, TextBody body)
    {
        foreach (var _ in body(writer))
        {
        }
    }

    /// <summary>Writes to a string.</summary>
    internal static string ToText(TextBody body)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ToWriter(writer, body);
        return writer.ToString();
    }

    // The bytes written since they were last passed on to the stream. It reports the stream's position, so a StreamWriter
    // over it writes a byte order mark exactly when it would over the stream itself.
    private sealed class PendingBytes(Stream target) : Stream
    {
        private readonly MemoryStream _bytes = new();

        internal long Count => _bytes.Length;

        public override bool CanRead => false;

        public override bool CanSeek => target.CanSeek;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => target.Position + _bytes.Length;
            set => throw new NotSupportedException();
        }

        internal async Task PassOnAsync(CancellationToken cancellationToken)
        {
            if (_bytes.Length > 0)
            {
                await target.WriteAsync(_bytes.GetBuffer().AsMemory(0, (int)_bytes.Length), cancellationToken).ConfigureAwait(false);
                _bytes.SetLength(0);
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => _bytes.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _bytes.Write(buffer);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
