namespace WindowScoring.OpenXml;

/// <summary>
/// Temporary files (deleted when closed) where the Open XML SDK needs a stream it can seek and the caller's stream cannot:
/// never a copy in memory, so the memory used does not grow with the file.
/// <list type="bullet">
/// <item>Reading: a workbook is a zip package, read by seeking to its central directory at the end, so a stream that cannot
/// seek (a request body, a pipe) is first copied into a temporary file, bounded by <c>ImportOptions.MaxBytes</c> (a longer
/// stream is not copied further; the reader reports WS100). <see cref="Copy"/> and <see cref="CopyAsync"/> differ only in how
/// they read the source (the temporary file is written synchronously, as a local file may be).</item>
/// <item>Writing: a package is built in a temporary file, then copied to the caller's stream (<see cref="WriteTo"/>,
/// <see cref="WriteToAsync"/>), so a download streams to a response body that cannot seek.</item>
/// </list>
/// </summary>
internal static class TemporaryFile
{
    private const int ChunkSize = 81920;

    /// <summary>The stream's bytes in a temporary file, positioned at its start; null when there are more than <paramref name="maxBytes"/>.</summary>
    internal static FileStream? Copy(Stream source, long maxBytes)
    {
        var file = Create();
        try
        {
            var chunk = new byte[ChunkSize];
            int read;
            while ((read = source.Read(chunk)) > 0)
            {
                if (!Append(file, chunk, read, maxBytes))
                {
                    file.Dispose();
                    return null;
                }
            }

            file.Position = 0;
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>As <see cref="Copy"/>, reading the source only asynchronously.</summary>
    internal static async Task<FileStream?> CopyAsync(Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        var file = Create();
        try
        {
            var chunk = new byte[ChunkSize];
            int read;
            while ((read = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (!Append(file, chunk, read, maxBytes))
                {
                    await file.DisposeAsync().ConfigureAwait(false);
                    return null;
                }
            }

            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Builds a package in a temporary file with <paramref name="build"/>, then copies it to <paramref name="stream"/> and flushes it.</summary>
    internal static void WriteTo(Stream stream, Action<Stream> build)
    {
        using var file = Built(build);
        file.CopyTo(stream);
        stream.Flush();
    }

    /// <summary>As <see cref="WriteTo"/>, writing to <paramref name="stream"/> only asynchronously.</summary>
    internal static async Task WriteToAsync(Stream stream, Action<Stream> build, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var file = Built(build);
        await using (file.ConfigureAwait(false))
        {
            await file.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static FileStream Built(Action<Stream> build)
    {
        var file = Create();
        try
        {
            build(file);
            file.Position = 0;
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static FileStream Create() => new(
        Path.Combine(Path.GetTempPath(), "windowscoring-" + Guid.NewGuid().ToString("N") + ".tmp"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose);

    // Appends a chunk read from the source; false (nothing appended) when the file would pass the limit.
    private static bool Append(FileStream file, byte[] chunk, int count, long maxBytes)
    {
        if (file.Length + count > maxBytes)
        {
            return false;
        }

        file.Write(chunk, 0, count);
        return true;
    }
}
