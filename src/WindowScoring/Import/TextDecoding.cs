using System.Text;

namespace WindowScoring.Import;

/// <summary>
/// Chooses the text encoding of a byte stream: an explicit encoding wins; then a BOM (UTF-8, UTF-16 LE/BE);
/// then UTF-8 when the first block is valid UTF-8; else GB18030 (a superset of GBK and GB2312, what Excel
/// and WPS write on Chinese Windows). GB18030 comes from <see cref="CodePagesEncodingProvider.Instance"/>
/// directly, so no encoding provider is registered process-wide. Decoders throw on invalid bytes, which the
/// reader turns into a diagnostic; nothing is replaced silently.
/// </summary>
internal static class TextDecoding
{
    private const int ProbeSize = 64 * 1024;

    internal static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    internal static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the first block of <paramref name="stream"/> and chooses its encoding (an info diagnostic says which).</summary>
    internal static ProbedStream Probe(Stream stream, ImportOptions options, ICollection<Diagnostic> diagnostics)
    {
        var probe = new byte[ProbeSize];
        return Probed(stream, probe, stream.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false), options, diagnostics);
    }

    /// <summary>Reads the first block of <paramref name="stream"/> asynchronously (only that block: the rest is read as the
    /// rows are) and chooses its encoding as <see cref="Probe"/> does.</summary>
    internal static async ValueTask<ProbedStream> ProbeAsync(Stream stream, ImportOptions options, ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var probe = new byte[ProbeSize];
        var length = await stream.ReadAtLeastAsync(probe, probe.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return Probed(stream, probe, length, options, diagnostics);
    }

    private static ProbedStream Probed(Stream stream, byte[] probe, int length, ImportOptions options, ICollection<Diagnostic> diagnostics)
    {
        var (encoding, bomLength, name) = Choose(probe.AsSpan(0, length), options.Encoding);
        diagnostics.Add(Problems.Info(DiagnosticCodes.EncodingUsed, null, null, null, name));
        return new ProbedStream(stream, probe, length, bomLength, encoding);
    }

    /// <summary>A stream whose first block has been read and whose encoding is chosen.</summary>
    internal sealed class ProbedStream(Stream rest, byte[] probe, int length, int bomLength, Encoding encoding)
    {
        /// <summary>True when the text is UTF-8 (with or without BOM), which CsvHelper can read as bytes directly.</summary>
        internal bool IsUtf8 => encoding is UTF8Encoding;

        /// <summary>
        /// The first block decoded (a sequence cut at its end is left out): enough to find the header line and the format. A
        /// byte not valid in the encoding is replaced here, so the lines before it still show the format; the full read,
        /// which decodes strictly, stops at that byte's line and reports it.
        /// </summary>
        internal string Head()
        {
            var bytes = probe.AsSpan(bomLength, length - bomLength);
            if (IsUtf8)
            {
                var chars = new char[bytes.Length];
                System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: true, isFinalBlock: false);
                return new string(chars, 0, written);
            }

            var replacing = (Encoding)encoding.Clone();
            replacing.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
            var buffer = new char[replacing.GetMaxCharCount(bytes.Length)];
            var n = replacing.GetDecoder().GetChars(bytes, buffer, flush: false);
            return new string(buffer, 0, n);
        }

        /// <summary>The text, decoded strictly.</summary>
        internal StrictTextReader OpenText(bool leaveOpen, int maxLineChars)
        {
            var prefix = new MemoryStream(probe, bomLength, length - bomLength, writable: false);
            return new StrictTextReader(new ConcatStream(prefix, rest, leaveOpen), encoding, maxLineChars);
        }

        /// <summary>The UTF-8 bytes after the BOM (the caller bounds the stream; cells are checked as they are decoded).</summary>
        internal Stream OpenUtf8(bool leaveOpen)
        {
            var prefix = new MemoryStream(probe, bomLength, length - bomLength, writable: false);
            return new ConcatStream(prefix, rest, leaveOpen);
        }
    }

    private static (Encoding Encoding, int BomLength, string Name) Choose(ReadOnlySpan<byte> probe, Encoding? explicitEncoding)
    {
        if (explicitEncoding is not null)
        {
            var preamble = explicitEncoding.GetPreamble();
            var bom = preamble.Length > 0 && probe.StartsWith(preamble) ? preamble.Length
                : explicitEncoding is UTF8Encoding && probe.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 // a BOM-less UTF8Encoding still skips a BOM
                : 0;
            var strict = (Encoding)explicitEncoding.Clone();
            strict.DecoderFallback = DecoderFallback.ExceptionFallback;
            return (strict, bom, explicitEncoding.WebName + " (set by the caller)");
        }

        if (probe.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, 3, "UTF-8 with BOM");
        }

        if (probe.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2, "UTF-16 LE with BOM");
        }

        if (probe.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2, "UTF-16 BE with BOM");
        }

        return IsValidUtf8Prefix(probe)
            ? (StrictUtf8, 0, "UTF-8")
            : (Gb18030, 0, "GB18030 (the bytes are not valid UTF-8)");
    }

    // Valid UTF-8, allowing a sequence cut by the end of the probe.
    private static bool IsValidUtf8Prefix(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out _, out _, replaceInvalidSequences: false, isFinalBlock: false);
        return status is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData;
    }

    /// <summary>A read-only stream that reads one stream, then another.</summary>
    private sealed class ConcatStream(Stream first, Stream second, bool leaveSecondOpen) : ReadOnlyStream
    {
        private bool _firstDone;

        public override int Read(Span<byte> buffer) => FromFirst(buffer) is > 0 and var n ? n : second.Read(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            FromFirst(buffer.Span) is > 0 and var n ? ValueTask.FromResult(n) : second.ReadAsync(buffer, cancellationToken);

        // The first stream is the probe in memory: read synchronously, it never blocks. 0 once it is done.
        private int FromFirst(Span<byte> buffer)
        {
            if (_firstDone || buffer.IsEmpty)
            {
                return 0;
            }

            var n = first.Read(buffer);
            _firstDone = n == 0;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                first.Dispose();
                if (!leaveSecondOpen)
                {
                    second.Dispose();
                }
            }

            base.Dispose(disposing);
        }
    }
}
