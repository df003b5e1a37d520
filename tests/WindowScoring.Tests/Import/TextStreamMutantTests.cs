using System.Globalization;
using System.Text;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>
/// The byte and text plumbing under the readers, tested directly: encoding detection and the probe replay
/// (<see cref="TextDecoding"/>), the byte budget (<see cref="BoundedStream"/>), the character budget and the lone-surrogate
/// check (<see cref="ReplayTextReader"/>), the strict line-block decoder (<see cref="StrictTextReader"/>), the bounded line
/// reader and the header helpers (<see cref="InputText"/>). Chunk boundaries, exact limits and one past them.
/// </summary>
[TestFixture]
public sealed class TextStreamMutantTests
{
    private const int ProbeSize = 64 * 1024;

    private static readonly Encoding Gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static readonly Encoding Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);

    private static readonly Encoding Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    // ---------------------------------------------------------------- TextDecoding

    private static (TextDecoding.ProbedStream Probed, Diagnostic Used) Probe(byte[] bytes, Encoding? encoding = null, Stream? stream = null)
    {
        var diagnostics = new List<Diagnostic>();
        using var _ = new MessageCultureScope("en");
        var probed = TextDecoding.Probe(stream ?? new MemoryStream(bytes), ImportOptions.Default with { Encoding = encoding }, diagnostics);
        diagnostics.Should().ContainSingle();
        return (probed, diagnostics[0]);
    }

    private static string ReadAllText(TextDecoding.ProbedStream probed)
    {
        using var reader = probed.OpenText(leaveOpen: false, maxLineChars: 1_000_000);
        var text = reader.ReadToEnd();
        reader.InvalidLine.Should().BeNull();
        return text;
    }

    // The line of the first character not valid in the encoding, found by reading the whole text strictly.
    private static int? InvalidLineOf(TextDecoding.ProbedStream probed)
    {
        using var reader = probed.OpenText(leaveOpen: false, maxLineChars: 1_000_000);
        reader.ReadToEnd();
        return reader.InvalidLine;
    }

    private static byte[] ReadAllBytes(Stream stream, int chunk)
    {
        var all = new List<byte>();
        var buffer = new byte[chunk];
        int n;
        while ((n = stream.Read(buffer, 0, chunk)) > 0)
        {
            all.AddRange(buffer.AsSpan(0, n).ToArray());
        }

        return [.. all];
    }

    private static async Task<byte[]> ReadAllBytesAsync(Stream stream, int chunk)
    {
        var all = new List<byte>();
        var buffer = new byte[chunk];
        int n;
        while ((n = await stream.ReadAsync(buffer.AsMemory()).ConfigureAwait(false)) > 0)
        {
            all.AddRange(buffer.AsSpan(0, n).ToArray());
        }

        return [.. all];
    }

    private static byte[] Ascii(int length) =>
        [.. Enumerable.Range(0, length).Select(i => i % 61 == 60 ? (byte)'\n' : (byte)('a' + (i % 26)))];

    [Test]
    public void Probe_Utf8Bom_IsSkippedAndNamed()
    {
        const string text = "部门,得分\n教育厅,95\n";
        var (probed, used) = Probe([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        used.Code.Should().Be(DiagnosticCodes.EncodingUsed);
        used.Severity.Should().Be(DiagnosticSeverity.Info);
        used.Line.Should().BeNull();
        used.Message.Should().Be("Text encoding: UTF-8 with BOM.");
        probed.IsUtf8.Should().BeTrue();
        probed.Head().Should().Be(text);
        ReadAllText(probed).Should().Be(text);
    }

    [Test]
    public void Probe_Utf8BomThenAnInvalidByte_HeadReplacesIt_OnlyThatCharacter()
    {
        var (probed, _) = Probe([0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b', 0xFF, (byte)'c', (byte)'d']);

        probed.Head().Should().Be("ab\uFFFDcd");
    }

    [Test]
    public void Probe_Utf8Bom_OpenUtf8_GivesTheBytesAfterTheBom()
    {
        var body = Encoding.UTF8.GetBytes("序号,部门\n1,x\n");
        var (probed, _) = Probe([0xEF, 0xBB, 0xBF, .. body]);

        using var stream = probed.OpenUtf8(leaveOpen: false);
        ReadAllBytes(stream, 5).Should().Equal(body);
    }

    [Test]
    public void Probe_Utf16LeBom_IsSkippedAndNamed()
    {
        const string text = "部门\tA\n教育厅\t😀\n";
        var (probed, used) = Probe([0xFF, 0xFE, .. Le.GetBytes(text)]);

        used.Message.Should().Be("Text encoding: UTF-16 LE with BOM.");
        probed.IsUtf8.Should().BeFalse();
        probed.Head().Should().Be(text);
        ReadAllText(probed).Should().Be(text);
    }

    [Test]
    public void Probe_Utf16BeBom_IsSkippedAndNamed()
    {
        const string text = "部门\tA\n教育厅\t😀\n";
        var (probed, used) = Probe([0xFE, 0xFF, .. Be.GetBytes(text)]);

        used.Message.Should().Be("Text encoding: UTF-16 BE with BOM.");
        probed.IsUtf8.Should().BeFalse();
        probed.Head().Should().Be(text);
        ReadAllText(probed).Should().Be(text);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Probe_Utf16WithBom_LoneSurrogateInTheHead_IsNotReplaced(bool bigEndian)
    {
        var units = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes("ab");
        byte[] lone = bigEndian ? [0xDC, 0x00] : [0x00, 0xDC];
        byte[] bytes = bigEndian ? [0xFE, 0xFF, .. units, .. lone, .. units] : [0xFF, 0xFE, .. units, .. lone, .. units];

        var (probed, _) = Probe(bytes);

        probed.Head().Should().Be("ab\uFFFDab"); // replaced only to find the format
        InvalidLineOf(probed).Should().Be(1); // strict: the full read reports it with its line, nothing is replaced
    }

    [Test]
    public void Probe_ValidUtf8WithoutBom_IsUtf8()
    {
        const string text = "序号,部门窗口\n1,省直部门（窗口）\n";
        var (probed, used) = Probe(Encoding.UTF8.GetBytes(text));

        used.Message.Should().Be("Text encoding: UTF-8.");
        probed.IsUtf8.Should().BeTrue();
        probed.Head().Should().Be(text);
        ReadAllText(probed).Should().Be(text);
    }

    [Test]
    public void Probe_Gb18030Bytes_AreReadAsGb18030()
    {
        const string text = "部门,得分\n教育厅,95\n";
        var (probed, used) = Probe(Gb.GetBytes(text));

        used.Message.Should().Be("Text encoding: GB18030 (the bytes are not valid UTF-8).");
        probed.IsUtf8.Should().BeFalse();
        probed.Head().Should().Be(text);
        ReadAllText(probed).Should().Be(text);
    }

    [Test]
    public void Probe_BytesInvalidInUtf8AndGb18030_ReplacedInTheHeadOnly_TheReadIsStrict()
    {
        var (probed, used) = Probe([(byte)'a', (byte)'b', 0xFF, (byte)'c', (byte)'d']);

        used.Message.Should().Contain("GB18030");
        probed.Head().Should().Be("ab\uFFFDcd"); // the head only finds the format
        InvalidLineOf(probed).Should().Be(1);
    }

    [Test]
    public void Probe_Utf8CharacterCutByTheEndOfTheProbe_IsStillUtf8_AndLeftOutOfTheHead()
    {
        byte[] bytes = [.. Enumerable.Repeat((byte)'a', ProbeSize - 1), .. Encoding.UTF8.GetBytes("中\n")];

        var (probed, used) = Probe(bytes);

        used.Message.Should().Be("Text encoding: UTF-8.");
        probed.Head().Should().Be(new string('a', ProbeSize - 1));
        ReadAllText(probed).Should().Be(new string('a', ProbeSize - 1) + "中\n");
    }

    [Test]
    public void Probe_Gb18030CharacterCutByTheEndOfTheProbe_IsLeftOutOfTheHead()
    {
        var bu = Gb.GetBytes("部");
        bu.Should().HaveCount(2);
        byte[] bytes = [.. bu, .. Enumerable.Repeat((byte)'a', ProbeSize - 3), .. bu, (byte)'\n'];

        var (probed, _) = Probe(bytes);

        probed.Head().Should().Be("部" + new string('a', ProbeSize - 3));
        ReadAllText(probed).Should().Be("部" + new string('a', ProbeSize - 3) + "部\n");
    }

    [Test]
    public void Probe_ExplicitEncoding_IsNamedAsSetByTheCaller()
    {
        var (probed, used) = Probe(Encoding.UTF8.GetBytes("a,b\n"), Utf8NoBom);

        used.Message.Should().Be("Text encoding: utf-8 (set by the caller).");
        probed.IsUtf8.Should().BeTrue();
    }

    [Test]
    public void Probe_ExplicitBomlessUtf8_StillSkipsABom()
    {
        var (probed, _) = Probe([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("abc\n")], Utf8NoBom);

        probed.Head().Should().Be("abc\n");
        ReadAllText(probed).Should().Be("abc\n");
    }

    [Test]
    public void Probe_ExplicitUtf8_WithoutABom_KeepsTheFirstBytes([Values(false, true)] bool emitsBom)
    {
        var (probed, _) = Probe(Encoding.UTF8.GetBytes("abcdef\n"), new UTF8Encoding(emitsBom));

        probed.Head().Should().Be("abcdef\n");
        ReadAllText(probed).Should().Be("abcdef\n");
    }

    [Test]
    public void Probe_ExplicitUtf16_SkipsItsBomOnlyWhenPresent()
    {
        const string text = "ab\ncd\n";
        var (withBom, _) = Probe([0xFF, 0xFE, .. Le.GetBytes(text)], Encoding.Unicode);
        var (withoutBom, _) = Probe(Le.GetBytes(text), Encoding.Unicode);

        ReadAllText(withBom).Should().Be(text);
        ReadAllText(withoutBom).Should().Be(text);
        withoutBom.Head().Should().Be(text);
    }

    [Test]
    public void Probe_ExplicitEncodingWithAReplacementFallback_IsMadeStrict()
    {
        // Encoding.Unicode replaces a lone surrogate with U+FFFD; the chosen encoding must throw instead.
        byte[] bytes = [.. Le.GetBytes("a\n"), 0x00, 0xDC, .. Le.GetBytes("b\n")];

        var (probed, _) = Probe(bytes, Encoding.Unicode);

        probed.Head().Should().Be("a\n\uFFFDb\n");
        InvalidLineOf(probed).Should().Be(2);
    }

    [Test]
    public void Probe_ShortStream_DoesNotThrow()
    {
        var (probed, _) = Probe([(byte)'x']);

        probed.Head().Should().Be("x");
    }

    [Test]
    public async Task ProbeAsync_AsyncOnlyStream_ChoosesAndReadsAllBytes()
    {
        var bytes = Ascii(100_000);
        var diagnostics = new List<Diagnostic>();
        TextDecoding.ProbedStream probed;
        using (new MessageCultureScope("en"))
        {
            probed = await TextDecoding.ProbeAsync(new AsyncOnlyStream(bytes), ImportOptions.Default, diagnostics, CancellationToken.None).ConfigureAwait(false);
        }

        diagnostics.Should().ContainSingle().Which.Message.Should().Be("Text encoding: UTF-8.");
        probed.Head().Should().Be(Encoding.ASCII.GetString(bytes, 0, ProbeSize));
        using var stream = probed.OpenUtf8(leaveOpen: false);
        (await ReadAllBytesAsync(stream, 7).ConfigureAwait(false)).Should().Equal(bytes);
    }

    [Test]
    public async Task ProbeAsync_ShortStream_DoesNotThrow()
    {
        var probed = await TextDecoding.ProbeAsync(new AsyncOnlyStream([(byte)'x', (byte)'\n']), ImportOptions.Default, new List<Diagnostic>(), CancellationToken.None).ConfigureAwait(false);

        probed.Head().Should().Be("x\n");
    }

    [Test]
    public void OpenUtf8_SmallReads_GiveTheProbeThenTheRest()
    {
        var bytes = Ascii(100_000);
        var (probed, _) = Probe(bytes);

        using var stream = probed.OpenUtf8(leaveOpen: false);
        ReadAllBytes(stream, 7).Should().Equal(bytes);
    }

    [Test]
    public async Task OpenUtf8_SmallAsyncReads_GiveTheProbeThenTheRest()
    {
        var bytes = Ascii(100_000);
        var (probed, _) = Probe(bytes);

        using var stream = probed.OpenUtf8(leaveOpen: false);
        (await ReadAllBytesAsync(stream, 7).ConfigureAwait(false)).Should().Equal(bytes);
    }

    [Test]
    public void OpenUtf8_AnEmptyReadFirst_LosesNothing()
    {
        var bytes = Ascii(1000);
        var (probed, _) = Probe(bytes);

        using var stream = probed.OpenUtf8(leaveOpen: false);
        stream.Read([]).Should().Be(0);
        ReadAllBytes(stream, 100).Should().Equal(bytes);
    }

    [Test]
    public async Task OpenUtf8_AnEmptyAsyncReadFirst_LosesNothing()
    {
        var bytes = Ascii(1000);
        var (probed, _) = Probe(bytes);

        using var stream = probed.OpenUtf8(leaveOpen: false);
        (await stream.ReadAsync(Memory<byte>.Empty).ConfigureAwait(false)).Should().Be(0);
        (await ReadAllBytesAsync(stream, 100).ConfigureAwait(false)).Should().Equal(bytes);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void OpenUtf8_Dispose_ClosesTheCallersStreamUnlessLeftOpen(bool leaveOpen)
    {
        var source = new MemoryStream(Ascii(10));
        var (probed, _) = Probe([], stream: source);

        probed.OpenUtf8(leaveOpen).Dispose();

        source.CanRead.Should().Be(leaveOpen);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void OpenText_Dispose_ClosesTheCallersStreamUnlessLeftOpen(bool leaveOpen)
    {
        var source = new MemoryStream(Ascii(10));
        var (probed, _) = Probe([], stream: source);

        probed.OpenText(leaveOpen, 100).Dispose();

        source.CanRead.Should().Be(leaveOpen);
    }

    // ---------------------------------------------------------------- BoundedStream and ReadOnlyStream

    [Test]
    public void BoundedStream_ReadExactlyAtLimit_Succeeds()
    {
        var inner = new ChunkStream(Ascii(10), 100);
        using var bounded = new BoundedStream(inner, 10);

        ReadAllBytes(bounded, 100).Should().Equal(Ascii(10));
        bounded.BudgetExceeded.Should().BeFalse();
    }

    [Test]
    public void BoundedStream_OneBytePastLimit_StopsAtTheLimit_AndSaysSo()
    {
        var inner = new ChunkStream(Ascii(11), 100);
        using var bounded = new BoundedStream(inner, 10);

        ReadAllBytes(bounded, 3).Should().Equal(Ascii(10));
        bounded.BudgetExceeded.Should().BeTrue();
    }

    [Test]
    public void BoundedStream_ReadsNoMoreThanTheBudgetFromTheInnerStream()
    {
        var inner = new ChunkStream(Ascii(50), 100);
        using var bounded = new BoundedStream(inner, 10);

        var buffer = new byte[40];
        bounded.Read(buffer, 0, 40).Should().Be(10);
        inner.Delivered.Should().Be(10);
        bounded.Read(buffer, 0, 40).Should().Be(0);
        inner.Delivered.Should().Be(11); // one byte to learn that there was more
        bounded.BudgetExceeded.Should().BeTrue();
    }

    [Test]
    public void BoundedStream_EmptyRead_NeitherReadsNorExceeds()
    {
        var inner = new ChunkStream(Ascii(11), 100);
        using var bounded = new BoundedStream(inner, 10);

        bounded.Read(Span<byte>.Empty).Should().Be(0);
        inner.Reads.Should().Be(0);
        bounded.BudgetExceeded.Should().BeFalse();
        ReadAllBytes(bounded, 100).Should().Equal(Ascii(10));
    }

    [Test]
    public void BoundedStream_OnceExceeded_DoesNotReadTheInnerStreamAgain()
    {
        var inner = new ChunkStream(Ascii(20), 100);
        using var bounded = new BoundedStream(inner, 10);
        ReadAllBytes(bounded, 100);
        bounded.BudgetExceeded.Should().BeTrue();
        var reads = inner.Reads;

        bounded.Read(new byte[5], 0, 5).Should().Be(0);
        bounded.Read(new byte[5], 0, 5).Should().Be(0);

        inner.Reads.Should().Be(reads);
        bounded.BudgetExceeded.Should().BeTrue();
    }

    [Test]
    public async Task BoundedStreamAsync_ReadExactlyAtLimit_Succeeds()
    {
        var inner = new ChunkStream(Ascii(10), 4);
        await using var bounded = new BoundedStream(inner, 10);

        (await ReadAllBytesAsync(bounded, 100).ConfigureAwait(false)).Should().Equal(Ascii(10));
        bounded.BudgetExceeded.Should().BeFalse();
    }

    [Test]
    public async Task BoundedStreamAsync_OneBytePastLimit_StopsAtTheLimit_AndSaysSo()
    {
        var inner = new ChunkStream(Ascii(11), 4);
        await using var bounded = new BoundedStream(inner, 10);

        (await ReadAllBytesAsync(bounded, 3).ConfigureAwait(false)).Should().Equal(Ascii(10));
        bounded.BudgetExceeded.Should().BeTrue();
        inner.Delivered.Should().Be(11);
    }

    [Test]
    public async Task BoundedStreamAsync_EmptyRead_NeitherReadsNorExceeds()
    {
        var inner = new ChunkStream(Ascii(11), 100);
        await using var bounded = new BoundedStream(inner, 10);

        (await bounded.ReadAsync(Memory<byte>.Empty).ConfigureAwait(false)).Should().Be(0);
        inner.Reads.Should().Be(0);
        bounded.BudgetExceeded.Should().BeFalse();
    }

    [Test]
    public async Task BoundedStreamAsync_OnceExceeded_DoesNotReadTheInnerStreamAgain()
    {
        var inner = new ChunkStream(Ascii(20), 100);
        await using var bounded = new BoundedStream(inner, 10);
        await ReadAllBytesAsync(bounded, 100).ConfigureAwait(false);
        var reads = inner.Reads;

        (await bounded.ReadAsync(new byte[5], 0, 5, CancellationToken.None).ConfigureAwait(false)).Should().Be(0);

        inner.Reads.Should().Be(reads);
        bounded.BudgetExceeded.Should().BeTrue();
    }

    [TestCase(false)]
    [TestCase(true)]
    public void BoundedStream_Dispose_ClosesTheInnerStreamUnlessLeftOpen(bool leaveOpen)
    {
        var inner = new MemoryStream(Ascii(5));

        new BoundedStream(inner, 10, leaveOpen).Dispose();

        inner.CanRead.Should().Be(leaveOpen);
    }

    [Test]
    public void BoundedStream_ByDefault_ClosesTheInnerStream()
    {
        var inner = new MemoryStream(Ascii(5));

        new BoundedStream(inner, 10).Dispose();

        inner.CanRead.Should().BeFalse();
    }

    [Test]
    public async Task ReadOnlyStream_ArrayReads_FillAtTheOffset()
    {
        using var bounded = new BoundedStream(new MemoryStream("abcdef"u8.ToArray()), 100);
        var buffer = new byte[6];

        bounded.Read(buffer, 2, 3).Should().Be(3);
        (await bounded.ReadAsync(buffer, 0, 2, CancellationToken.None).ConfigureAwait(false)).Should().Be(2);

        buffer.Should().Equal((byte)'d', (byte)'e', (byte)'a', (byte)'b', (byte)'c', 0);
    }

    [Test]
    public void ReadOnlyStream_IsReadOnlyForwardOnly()
    {
        using var bounded = new BoundedStream(new MemoryStream(Ascii(5)), 100);

        bounded.CanRead.Should().BeTrue();
        bounded.CanSeek.Should().BeFalse();
        bounded.CanWrite.Should().BeFalse();
        bounded.Invoking(s => _ = s.Length).Should().Throw<NotSupportedException>();
        bounded.Invoking(s => _ = s.Position).Should().Throw<NotSupportedException>();
        bounded.Invoking(s => s.Position = 1).Should().Throw<NotSupportedException>();
        bounded.Invoking(s => s.Seek(0, SeekOrigin.Begin)).Should().Throw<NotSupportedException>();
        bounded.Invoking(s => s.SetLength(1)).Should().Throw<NotSupportedException>();
        bounded.Invoking(s => s.Write(new byte[1], 0, 1)).Should().Throw<NotSupportedException>();
        bounded.Invoking(s => s.Flush()).Should().NotThrow();
    }

    // ---------------------------------------------------------------- ReplayTextReader

    private static string ReadAll(TextReader reader, int chunk)
    {
        var all = new StringBuilder();
        var buffer = new char[chunk];
        int n;
        while ((n = reader.Read(buffer.AsSpan())) > 0)
        {
            all.Append(buffer, 0, n);
        }

        return all.ToString();
    }

    private static async Task<string> ReadAllAsync(TextReader reader, int chunk)
    {
        var all = new StringBuilder();
        var buffer = new char[chunk];
        int n;
        while ((n = await reader.ReadAsync(buffer.AsMemory()).ConfigureAwait(false)) > 0)
        {
            all.Append(buffer, 0, n);
        }

        return all.ToString();
    }

    [Test]
    public void Replay_HandsBackThePrefixThenTheRest()
    {
        using var replay = new ReplayTextReader("abc", new StringReader("def\n"), 100);
        var buffer = new char[6];

        replay.Read(buffer, 1, 5).Should().Be(3); // the prefix first, on its own
        new string(buffer, 1, 3).Should().Be("abc");
        replay.Read(buffer, 0, 6).Should().Be(4);
        new string(buffer, 0, 4).Should().Be("def\n");
        replay.Read(buffer, 0, 6).Should().Be(0);
        replay.BudgetExceeded.Should().BeFalse();
    }

    [Test]
    public void Replay_PeekThenRead_AcrossThePrefixEnd()
    {
        using var replay = new ReplayTextReader("ab", new StringReader("c"), 100);

        replay.Peek().Should().Be('a');
        replay.Peek().Should().Be('a');
        replay.Read().Should().Be('a');
        replay.Read().Should().Be('b');
        replay.Peek().Should().Be('c');
        replay.Read().Should().Be('c');
        replay.Peek().Should().Be(-1);
        replay.Read().Should().Be(-1);
    }

    [Test]
    public void Replay_PrefixInSmallReads_ThenRest()
    {
        using var replay = new ReplayTextReader("abcde", new StringReader("fgh"), 100);

        ReadAll(replay, 2).Should().Be("abcdefgh");
    }

    [Test]
    public void Replay_ExactlyTheBudget_IsReadWhole_AndNotExceeded()
    {
        using var replay = new ReplayTextReader("abc", new StringReader("de"), 5);

        ReadAll(replay, 2).Should().Be("abcde");
        replay.BudgetExceeded.Should().BeFalse();
    }

    [Test]
    public void Replay_OnePastTheBudget_StopsAtTheBudget_AndPeekSaysTheEnd()
    {
        using var replay = new ReplayTextReader("abc", new StringReader("def"), 5);

        ReadAll(replay, 4).Should().Be("abcde");
        replay.BudgetExceeded.Should().BeTrue();
        replay.Peek().Should().Be(-1);
        replay.Read().Should().Be(-1);
    }

    [Test]
    public void Replay_AtTheBudget_PeekSaysTheEnd_BeforeAnyFurtherRead()
    {
        using var replay = new ReplayTextReader("ab", new StringReader("cdef"), 4);
        var buffer = new char[2];
        replay.Read(buffer, 0, 2);
        replay.Read(buffer, 0, 2).Should().Be(2);

        replay.Peek().Should().Be(-1);
    }

    [Test]
    public void Replay_PrefixLongerThanTheBudget_IsCut_AndExceeded()
    {
        using var replay = new ReplayTextReader("abcdef", new StringReader(string.Empty), 3);

        ReadAll(replay, 10).Should().Be("abc");
        replay.BudgetExceeded.Should().BeTrue();
    }

    [Test]
    public void Replay_PrefixExactlyTheBudget_NothingAfter_IsNotExceeded()
    {
        using var replay = new ReplayTextReader("abc", new StringReader(string.Empty), 3);

        ReadAll(replay, 10).Should().Be("abc");
        replay.BudgetExceeded.Should().BeFalse();
    }

    [Test]
    public void Replay_RestThatCannotPeek_MoreThanTheBudget_IsExceeded()
    {
        using var replay = new ReplayTextReader(string.Empty, new ChunkReader("abcd", 2), 3);

        ReadAll(replay, 10).Should().Be("abc");
        replay.BudgetExceeded.Should().BeTrue();
    }

    [Test]
    public void Replay_RestThatCannotPeek_ExactlyTheBudget_IsNotExceeded()
    {
        using var replay = new ReplayTextReader(string.Empty, new ChunkReader("abc", 2), 3);

        ReadAll(replay, 10).Should().Be("abc");
        replay.BudgetExceeded.Should().BeFalse();
    }

    [Test]
    public async Task ReplayAsync_HandsBackThePrefixThenTheRest()
    {
        using var replay = new ReplayTextReader("abc", new ChunkReader("def\ng", 2), 100);
        var buffer = new char[6];

        (await replay.ReadAsync(buffer, 1, 5).ConfigureAwait(false)).Should().Be(3);
        new string(buffer, 1, 3).Should().Be("abc");
        (await ReadAllAsync(replay, 3).ConfigureAwait(false)).Should().Be("def\ng");
        (await replay.ReadAsync(Memory<char>.Empty).ConfigureAwait(false)).Should().Be(0);
        replay.BudgetExceeded.Should().BeFalse();
    }

    [Test]
    public async Task ReplayAsync_ExactlyTheBudget_IsNotExceeded()
    {
        using var replay = new ReplayTextReader("ab", new ChunkReader("cde", 2), 5);

        (await ReadAllAsync(replay, 2).ConfigureAwait(false)).Should().Be("abcde");
        replay.BudgetExceeded.Should().BeFalse();
    }

    [Test]
    public async Task ReplayAsync_OnePastTheBudget_IsExceeded()
    {
        using var replay = new ReplayTextReader("ab", new ChunkReader("cdef", 2), 5);

        (await ReadAllAsync(replay, 2).ConfigureAwait(false)).Should().Be("abcde");
        replay.BudgetExceeded.Should().BeTrue();
    }

    [Test]
    public async Task ReplayAsync_PrefixLongerThanTheBudget_IsExceeded()
    {
        using var replay = new ReplayTextReader("abcdef", new StringReader(string.Empty), 3);

        (await ReadAllAsync(replay, 10).ConfigureAwait(false)).Should().Be("abc");
        replay.BudgetExceeded.Should().BeTrue();
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(64)]
    public void Replay_ValidSurrogatePairs_AnyChunking_AreText(int chunk)
    {
        using var replay = new ReplayTextReader("a😀b\n😀", new StringReader("😀\nc😀x\n"), 100);

        ReadAll(replay, chunk).Should().Be("a😀b\n😀😀\nc😀x\n");
        replay.NotTextLine.Should().BeNull();
    }

    [Test]
    public void Replay_ValidSurrogatePairs_ReadOneCharAtATime_AreText()
    {
        using var replay = new ReplayTextReader("😀\n", new StringReader("a😀😀b"), 100);
        var all = new StringBuilder();
        int c;
        while ((c = replay.Read()) >= 0)
        {
            all.Append((char)c);
        }

        all.ToString().Should().Be("😀\na😀😀b");
        replay.NotTextLine.Should().BeNull();
    }

    [Test]
    public void Replay_PairSplitBetweenPrefixAndRest_IsText_EvenWithAnEmptyReadBetween()
    {
        using var replay = new ReplayTextReader("a\uD83D", new StringReader("\uDE00\nb"), 100);
        var buffer = new char[8];

        replay.Read(buffer, 0, 8).Should().Be(2);
        replay.Read(Span<char>.Empty).Should().Be(0);
        ReadAll(replay, 8).Should().Be("\uDE00\nb");
        replay.NotTextLine.Should().BeNull();
    }

    [Test]
    public async Task ReplayAsync_PairSplitBetweenPrefixAndRest_IsText_EvenWithAnEmptyReadBetween()
    {
        // An empty buffer reads nothing: it is not the end of the text (which would make the pending high surrogate lone).
        using var replay = new ReplayTextReader("a\uD83D", new StringReader("\uDE00\nb"), 100);
        var buffer = new char[8];

        (await replay.ReadAsync(buffer.AsMemory(0, 8))).Should().Be(2);
        (await replay.ReadAsync(Memory<char>.Empty)).Should().Be(0);
        ReadAll(replay, 8).Should().Be("\uDE00\nb");
        replay.NotTextLine.Should().BeNull();
    }

    [Test]
    public void Replay_RestThatCannotPeek_NulPastTheBudget_IsExceeded()
    {
        // U+0000 is a character like any other: one past the budget, even that one, exceeds it.
        using var replay = new ReplayTextReader(string.Empty, new ChunkReader("abc\0", 2), 3);

        ReadAll(replay, 10).Should().Be("abc");
        replay.BudgetExceeded.Should().BeTrue();
    }

    // H stands for a high surrogate, L for a low one (an attribute cannot hold a lone surrogate).
    [TestCase("Lx", 1)]
    [TestCase("a\nbHc\n", 2)]
    [TestCase("x\nLL", 2)]
    [TestCase("a\nb\nc\nL", 4)]
    [TestCase("😀\n😀\nH😀", 3)]
    public void Replay_LoneSurrogate_NamesItsLine(string pattern, int line)
    {
        var text = pattern.Replace('H', '\uD83D').Replace('L', '\uDC00');
        using var replay = new ReplayTextReader(string.Empty, new StringReader(text), 100);

        ReadAll(replay, 64).Should().Be(text);
        replay.NotTextLine.Should().Be(line);
    }

    [Test]
    public void Replay_LoneSurrogateInALaterBlock_CountsTheLinesOfEarlierBlocks()
    {
        using var replay = new ReplayTextReader("a\nb\n", new StringReader("c\n\uDC00"), 100);

        ReadAll(replay, 64);

        replay.NotTextLine.Should().Be(4);
    }

    [Test]
    public void Replay_FirstLoneSurrogateWins_ACleanLaterBlockDoesNotClearIt()
    {
        using var replay = new ReplayTextReader("a\n\uDC00\n", new StringReader("b\nc\uDC00\nd\n"), 100);

        ReadAll(replay, 64);

        replay.NotTextLine.Should().Be(2);
    }

    [Test]
    public void Replay_TextEndingOnAHighSurrogate_NamesTheLastLine()
    {
        using var replay = new ReplayTextReader("a\nb", new StringReader("\uD83D"), 100);

        ReadAll(replay, 64).Should().Be("a\nb\uD83D");
        replay.NotTextLine.Should().Be(2);
    }

    [Test]
    public void Replay_HighSurrogateEndingABlock_FollowedByNoLowSurrogate_IsNotText()
    {
        using var replay = new ReplayTextReader("x\na\uD83D", new StringReader("b\nc\n"), 100);

        ReadAll(replay, 64).Should().Be("x\na\uD83Db\nc\n");
        replay.NotTextLine.Should().Be(2);
    }

    [Test]
    public async Task ReplayAsync_LoneSurrogate_NamesItsLine()
    {
        using var replay = new ReplayTextReader("a\n", new ChunkReader("b\n\uDC00", 2), 100);

        await ReadAllAsync(replay, 64).ConfigureAwait(false);

        replay.NotTextLine.Should().Be(3);
    }

    // ---------------------------------------------------------------- StrictTextReader

    private static StrictTextReader Strict(byte[] bytes, Encoding encoding, int chunk = int.MaxValue, int maxLineChars = 1_000_000) =>
        new(new ChunkStream(bytes, chunk), encoding, maxLineChars);

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(7)]
    [TestCase(int.MaxValue)]
    public void Strict_Utf8_AnyChunking_ReadsTheText(int chunk)
    {
        const string text = "部门,得分\n教育厅😀,95\r\n\nab\nlast";
        using var reader = Strict(Encoding.UTF8.GetBytes(text), Utf8NoBom, chunk);

        ReadAll(reader, 5).Should().Be(text);
        reader.InvalidLine.Should().BeNull();
    }

    [TestCase(false, 1)]
    [TestCase(false, 3)]
    [TestCase(true, 1)]
    [TestCase(true, 3)]
    [TestCase(true, int.MaxValue)]
    public void Strict_Utf16_UnitsHoldingTheLineFeedByte_AreNotBreaks(bool bigEndian, int chunk)
    {
        // U+0A0A and U+0A00 hold the byte 0x0A, at even and odd offsets; only a whole U+000A unit is a break.
        const string text = "\u0A0A\n\u0A00b\u000A😀\nc";
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        using var reader = Strict(encoding.GetBytes(text), encoding, chunk);

        ReadAll(reader, 4).Should().Be(text);
        reader.InvalidLine.Should().BeNull();
    }

    [Test]
    public void Strict_PeekAndRead_OneCharacterAtATime()
    {
        using var reader = Strict("ab\nc"u8.ToArray(), Utf8NoBom, 2);

        reader.Peek().Should().Be('a');
        reader.Peek().Should().Be('a');
        reader.Read().Should().Be('a');
        reader.Read().Should().Be('b');
        reader.Read().Should().Be('\n');
        reader.Peek().Should().Be('c');
        reader.Read().Should().Be('c');
        reader.Peek().Should().Be(-1);
        reader.Read().Should().Be(-1);
    }

    [Test]
    public void Strict_ReadIntoAnArray_FillsAtTheIndex()
    {
        using var reader = Strict("xy\n"u8.ToArray(), Utf8NoBom);
        var buffer = new char[5];

        reader.Read(buffer, 2, 3).Should().Be(3);

        buffer.Should().Equal('\0', '\0', 'x', 'y', '\n');
    }

    [TestCase("utf-8")]
    [TestCase("utf-16LE")]
    [TestCase("utf-16BE")]
    public void Strict_ServesTheFirstLines_WithoutReadingPastTheChunkThatEndsThem(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var first = encoding.GetBytes("ab\ncd\n");
        var gate = new ChunkStream([.. first, .. encoding.GetBytes("ef\n")], first.Length) { ThrowAfter = first.Length };
        using var reader = new StrictTextReader(gate, encoding, 1000);
        var buffer = new char[6];

        reader.Read(buffer, 0, 6).Should().Be(6);

        new string(buffer).Should().Be("ab\ncd\n");
        gate.Delivered.Should().Be(first.Length);
    }

    [TestCase("utf-8")]
    [TestCase("utf-16LE")]
    [TestCase("utf-16BE")]
    public void Strict_ALineBreakAtTheVeryStart_IsServedWithoutReadingMore(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var first = encoding.GetBytes("\n");
        var gate = new ChunkStream([.. first, .. encoding.GetBytes("x\n")], first.Length) { ThrowAfter = first.Length };
        using var reader = new StrictTextReader(gate, encoding, 1000);

        reader.Peek().Should().Be('\n');
    }

    [TestCase("utf-8")]
    [TestCase("utf-16LE")]
    [TestCase("utf-16BE")]
    public void Strict_ReadsUnitByUnit_UntilTheFirstLineBreak_AndNoFurther(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var unit = encoding.GetByteCount("a");
        var stream = new ChunkStream(encoding.GetBytes("ab\ncd\n"), unit);
        using var reader = new StrictTextReader(stream, encoding, 1000);

        reader.Peek().Should().Be('a');

        stream.Delivered.Should().Be(3 * unit);
    }

    [Test]
    public void Strict_LineWithoutABreak_IsReadUntilMoreThanFourBytesPerCharacterOfTheLimit()
    {
        // maxLineChars 10: up to 40 bytes may be one line; the 8-byte reads stop at the first total past 40.
        var stream = new ChunkStream(Enumerable.Repeat((byte)'a', 200).ToArray(), 8);
        using var reader = new StrictTextReader(stream, Utf8NoBom, 10);

        reader.Peek().Should().Be('a');
        stream.Delivered.Should().Be(48);
        reader.ReadToEnd().Should().Be(new string('a', 200));
    }

    [Test]
    public void Strict_ALineLongerThanTheFirstBuffer_IsReadWhole()
    {
        var text = new string('a', 200_000) + "\nb\n";
        using var reader = Strict(Encoding.ASCII.GetBytes(text), Utf8NoBom);

        reader.ReadToEnd().Should().Be(text);
        reader.InvalidLine.Should().BeNull();
    }

    [Test]
    public void Strict_OverlongLineCutInsideACharacter_KeepsTheCharacterWhole()
    {
        // maxLineChars 4: blocks of a line longer than 16 bytes are handed over, cut inside 中 (3 bytes each).
        const string text = "中中中中中中中中中\nx\n";
        using var reader = Strict(Encoding.UTF8.GetBytes(text), Utf8NoBom, 5, maxLineChars: 4);

        reader.ReadToEnd().Should().Be(text);
        reader.InvalidLine.Should().BeNull();
    }

    [TestCase(new byte[] { 0x61, 0x0A, 0x62, 0xFF, 0x0A, 0x63, 0x0A }, "a\n", 2)]
    [TestCase(new byte[] { 0x61, 0x0A, 0x62, 0xFF }, "a\n", 2)]
    [TestCase(new byte[] { 0x61, 0x0A, 0xE4, 0xB8, 0x0A, 0x63, 0x0A }, "a\n", 2)]
    [TestCase(new byte[] { 0x61, 0x0A, 0x62, 0x0A, 0x63, 0xE4, 0xB8, 0xAD, 0xFF, 0x0A }, "a\nb\n", 3)]
    [TestCase(new byte[] { 0xFF, 0x0A, 0x61, 0x0A }, "", 1)]
    public void Strict_InvalidBytes_EndTheTextAfterTheLastWholeLine_AndNameTheirLine(byte[] bytes, string expected, int line)
    {
        // Encoding.UTF8 would replace bad bytes: the reader makes its own copy strict.
        foreach (var chunk in new[] { int.MaxValue, 1, 3 })
        {
            using var reader = Strict(bytes, Encoding.UTF8, chunk);

            ReadAll(reader, 4).Should().Be(expected);
            reader.InvalidLine.Should().Be(line);
        }
    }

    [Test]
    public void Strict_InvalidBytesInALaterChunk_CountTheLinesOfEarlierBlocks()
    {
        using var reader = Strict([.. "ab\ncd\nef"u8, 0xFF, .. "g\nh\n"u8], Utf8NoBom, 4);

        ReadAll(reader, 3).Should().Be("ab\ncd\n");
        reader.InvalidLine.Should().Be(3);
    }

    [Test]
    public void Strict_EmptyRead_DoesNotTouchTheStream()
    {
        var gate = new ChunkStream("ab\n"u8.ToArray(), 10) { ThrowAfter = 0 };
        using var reader = new StrictTextReader(gate, Utf8NoBom, 100);

        reader.Read(Span<char>.Empty).Should().Be(0);
        gate.Reads.Should().Be(0);
    }

    [Test]
    public async Task StrictAsync_EmptyRead_DoesNotTouchTheStream()
    {
        var gate = new ChunkStream("ab\n"u8.ToArray(), 10) { ThrowAfter = 0 };
        using var reader = new StrictTextReader(gate, Utf8NoBom, 100);

        (await reader.ReadAsync(Memory<char>.Empty).ConfigureAwait(false)).Should().Be(0);
        gate.Reads.Should().Be(0);
    }

    [Test]
    public async Task StrictAsync_AsyncOnlyStream_SmallReads_ReadTheText()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => string.Create(CultureInfo.InvariantCulture, $"部门{i},😀{i}\n")));
        using var reader = new StrictTextReader(new AsyncOnlyStream(Encoding.UTF8.GetBytes(text)), Utf8NoBom, 1000);

        (await ReadAllAsync(reader, 2).ConfigureAwait(false)).Should().Be(text);
        reader.InvalidLine.Should().BeNull();
    }

    [Test]
    public async Task StrictAsync_ArrayRead_FillsAtTheIndex()
    {
        using var reader = new StrictTextReader(new AsyncOnlyStream("xy\nz"u8.ToArray()), Utf8NoBom, 1000);
        var buffer = new char[5];

        (await reader.ReadAsync(buffer, 1, 4).ConfigureAwait(false)).Should().Be(3);

        new string(buffer, 1, 3).Should().Be("xy\n");
    }

    [Test]
    public async Task StrictAsync_InvalidBytes_NameTheirLine()
    {
        using var reader = new StrictTextReader(new AsyncOnlyStream([.. "a\nb\n"u8, 0xFF, .. "\nc\n"u8]), Encoding.UTF8, 1000);

        (await ReadAllAsync(reader, 3).ConfigureAwait(false)).Should().Be("a\nb\n");
        reader.InvalidLine.Should().Be(3);
    }

    [Test]
    public void Strict_Dispose_ClosesTheStream()
    {
        var stream = new MemoryStream("a\n"u8.ToArray());

        new StrictTextReader(stream, Utf8NoBom, 100).Dispose();

        stream.CanRead.Should().BeFalse();
    }

    // ---------------------------------------------------------------- BoundedLineReader

    private static List<(string Line, bool Overlong, int Number)> Lines(BoundedLineReader reader)
    {
        var lines = new List<(string, bool, int)>();
        while (reader.ReadLine(out var overlong) is { } line)
        {
            lines.Add((line, overlong, reader.LineNumber));
        }

        return lines;
    }

    private static async Task<List<string>> LinesAsync(BoundedLineReader reader)
    {
        var lines = new List<string>();
        while (await reader.ReadLineAsync(CancellationToken.None).ConfigureAwait(false) is { Line: { } line })
        {
            lines.Add(line);
        }

        return lines;
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(100)]
    public void LineReader_LfCrLfAndCr_AnyChunking(int chunk)
    {
        var reader = new BoundedLineReader(new ChunkReader("a\r\nb\rc\nd", chunk), 100);

        Lines(reader).Should().Equal(("a", false, 1), ("b", false, 2), ("c", false, 3), ("d", false, 4));
        reader.ReadLine(out var overlong).Should().BeNull();
        overlong.Should().BeFalse();
        reader.LineNumber.Should().Be(4);
    }

    [TestCase("a\r\n\nb", new[] { "a", "", "b" })]
    [TestCase("a\n\nb", new[] { "a", "", "b" })]
    [TestCase("a\r\rb\r", new[] { "a", "", "b" })]
    [TestCase("a\n", new[] { "a" })]
    [TestCase("\n", new[] { "" })]
    [TestCase("", new string[0])]
    public void LineReader_EmptyLines_AreLines_AndATrailingBreakAddsNone(string text, string[] expected)
    {
        var reader = new BoundedLineReader(new StringReader(text), 100);

        Lines(reader).Select(l => l.Line).Should().Equal(expected);
        reader.LineNumber.Should().Be(expected.Length);
    }

    [TestCase("abc", "abc", false)]
    [TestCase("abc\nx", "abc", false)]
    [TestCase("abcd", "abc", true)]
    [TestCase("abcd\nx", "abc", true)]
    public void LineReader_ALineOfTheLimit_IsWhole_OneMoreIsOverlong(string text, string first, bool overlong)
    {
        var reader = new BoundedLineReader(new StringReader(text), 3);

        reader.ReadLine(out var cut).Should().Be(first);

        cut.Should().Be(overlong);
        reader.MaxLineLength.Should().Be(3);
    }

    [Test]
    public void LineReader_OverlongIsNotCarriedToTheNextLine()
    {
        var reader = new BoundedLineReader(new StringReader("abcd\nxy\n"), 3);
        reader.ReadLine(out var first);

        reader.ReadLine(out var second);

        first.Should().BeTrue();
        second.Should().BeFalse();
    }

    [TestCase(1)]
    [TestCase(3)]
    public async Task LineReaderAsync_LfCrLfAndCr_AnyChunking(int chunk)
    {
        var reader = new BoundedLineReader(new ChunkReader("a\r\nb\rc\n\nd", chunk), 100);

        (await LinesAsync(reader).ConfigureAwait(false)).Should().Equal("a", "b", "c", "", "d");
        reader.LineNumber.Should().Be(5);
        (await reader.ReadLineAsync(CancellationToken.None).ConfigureAwait(false)).Should().Be(((string?)null, false));
    }

    [Test]
    public async Task LineReaderAsync_Overlong_IsCutAtTheLimit()
    {
        var reader = new BoundedLineReader(new ChunkReader("abcdef\n", 2), 4);

        (await reader.ReadLineAsync(CancellationToken.None).ConfigureAwait(false)).Should().Be(("abcd", true));
    }

    // ---------------------------------------------------------------- InputText

    [Test]
    public void Prepare_HeadFindsTheFirstNonBlankLine_AndTheReaderGivesAllTheText()
    {
        var text = "\r\n  \n序号,部门\r\n" + new string('x', 70_000) + "\nend";
        var (reader, first) = InputText.Prepare(new ChunkReader(text, 1000), ImportOptions.Default);

        first.Should().Be("序号,部门");
        ReadAll(reader, 4096).Should().Be(text);
        reader.BudgetExceeded.Should().BeFalse();
    }

    [Test]
    public async Task PrepareAsync_HeadIsReadInSmallChunks_AndTheReaderGivesAllTheText()
    {
        var text = "\n\t\n部门;得分\n" + new string('x', 70_000) + "\nend";
        var (reader, first) = await InputText.PrepareAsync(new ChunkReader(text, 7), ImportOptions.Default, CancellationToken.None).ConfigureAwait(false);

        first.Should().Be("部门;得分");
        (await ReadAllAsync(reader, 4096).ConfigureAwait(false)).Should().Be(text);
        reader.BudgetExceeded.Should().BeFalse();
    }

    [Test]
    public async Task PrepareAsync_ShortText_IsWhole()
    {
        var (reader, first) = await InputText.PrepareAsync(new ChunkReader("a,b\nc", 3), ImportOptions.Default, CancellationToken.None).ConfigureAwait(false);

        first.Should().Be("a,b");
        (await ReadAllAsync(reader, 10).ConfigureAwait(false)).Should().Be("a,b\nc");
    }

    [Test]
    public async Task PrepareAsync_MaxBytesBelowTheHead_BoundsTheHeadAndTheText()
    {
        var options = ImportOptions.Default with { MaxBytes = 6 };
        var (reader, first) = await InputText.PrepareAsync(new ChunkReader("abcdefgh\nij", 4), options, CancellationToken.None).ConfigureAwait(false);

        first.Should().Be("abcdef");
        (await ReadAllAsync(reader, 10).ConfigureAwait(false)).Should().Be("abcdef");
        reader.BudgetExceeded.Should().BeTrue();
    }

    [Test]
    public void Prepare_MaxBytesBelowTheHead_BoundsTheHeadAndTheText()
    {
        var options = ImportOptions.Default with { MaxBytes = 6 };
        var (reader, first) = InputText.Prepare(new StringReader("abcdefgh\nij"), options);

        first.Should().Be("abcdef");
        ReadAll(reader, 10).Should().Be("abcdef");
        reader.BudgetExceeded.Should().BeTrue();
    }

    [TestCase("a\tb,c;d", '\t')]
    [TestCase("a,b;c", ',')]
    [TestCase("a,b;c;d", ';')]
    [TestCase("a;b,c,d", ',')]
    [TestCase("abc", '\t')]
    [TestCase(null, '\t')]
    public void DetectDelimiter_TheMostFrequent_EarlierOnATie(string? header, char expected) =>
        InputText.DetectDelimiter(header).Should().Be(expected);

    [TestCase("\r\n \n\tx,y\r\nz", "\tx,y")]
    [TestCase("a\r\nb", "a")]
    [TestCase(" \r\n\t\n", null)]
    [TestCase("", null)]
    public void FirstNonBlankLine_SkipsBlankLines_AndDropsTheCr(string head, string? expected) =>
        InputText.FirstNonBlankLine(head).Should().Be(expected);

    [TestCase("a,b,,c", new[] { "a", "b", "", "c" })]
    [TestCase("\"a\"\"b\",c", new[] { "a\"b", "c" })]
    [TestCase("\"a,b\",c", new[] { "a,b", "c" })]
    [TestCase("x,\"y\"", new[] { "x", "y" })]
    [TestCase("\"a\"b,c", new[] { "ab", "c" })]
    [TestCase("\"ab", new[] { "ab" })]
    [TestCase("a,\"b\",", new[] { "a", "b", "" })]
    [TestCase("\"a\"\"\"", new[] { "a\"" })]
    [TestCase("\"\",x\"y", new[] { "", "x\"y" })]
    public void SplitLine_QuotedCells_ReadAsTheirText(string line, string[] expected) =>
        InputText.SplitLine(line, ',').Should().Equal(expected);

    [Test]
    public void MaxLineChars_IsFieldsTimesLongestField_BoundedBelowAQuarterOfIntMax()
    {
        InputText.MaxLineChars(ImportOptions.Default with { MaxFieldLength = 10, MaxColumns = 3 }).Should().Be(30);
        InputText.MaxLineChars(ImportOptions.Default with { MaxFieldLength = int.MaxValue, MaxColumns = 16_384 }).Should().Be(int.MaxValue / 4);
    }

    [Test]
    public void ReportNotText_AddsAnErrorAtTheLine_OnlyWhenThereIsOne()
    {
        using var _ = new MessageCultureScope("en");
        using var clean = new ReplayTextReader("a\n", new StringReader("b\n"), 100);
        ReadAll(clean, 10);
        using var damaged = new ReplayTextReader("a\n", new StringReader("b\n\uDC00"), 100);
        ReadAll(damaged, 10);
        var diagnostics = new List<Diagnostic>();

        InputText.ReportNotText(clean, diagnostics);
        diagnostics.Should().BeEmpty();
        InputText.ReportNotText(damaged, diagnostics);

        var d = diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be(DiagnosticCodes.ControlCharacter);
        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.Line.Should().Be(3);
        d.Message.Should().Contain("line 3");
    }

    [Test]
    public void ReportInvalid_AddsAnErrorAtTheLine_OnlyWhenThereIsOne()
    {
        using var _ = new MessageCultureScope("en");
        var diagnostics = new List<Diagnostic>();

        InputText.ReportInvalid(null, diagnostics, ImportOptions.Default);
        diagnostics.Should().BeEmpty();
        InputText.ReportInvalid(7, diagnostics, ImportOptions.Default);

        var d = diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be(DiagnosticCodes.EncodingInvalid);
        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.Line.Should().Be(7);
        d.Message.Should().StartWith("Line 7 ");
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>A forward-only stream over bytes that gives at most <c>chunk</c> bytes a read, counts what it gives,
    /// and throws on any read once <see cref="ThrowAfter"/> bytes are given.</summary>
    private sealed class ChunkStream(byte[] bytes, int chunk) : Stream
    {
        private int _position;

        public int Delivered => _position;

        public int Reads { get; private set; }

        public int ThrowAfter { get; init; } = int.MaxValue;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position >= ThrowAfter)
            {
                throw new InvalidOperationException("Read past the gate.");
            }

            Reads++;
            var n = Math.Min(Math.Min(buffer.Length, chunk), bytes.Length - _position);
            bytes.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A text reader that gives at most <c>chunk</c> characters a read and cannot peek (TextReader's Peek: -1).</summary>
    private sealed class ChunkReader(string text, int chunk) : TextReader
    {
        private int _position;

        public override int Read()
        {
            Span<char> one = stackalloc char[1];
            return Read(one) == 1 ? one[0] : -1;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var n = Math.Min(Math.Min(buffer.Length, chunk), text.Length - _position);
            text.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(char[] buffer, int index, int count) => Task.FromResult(Read(buffer.AsSpan(index, count)));
    }
}
