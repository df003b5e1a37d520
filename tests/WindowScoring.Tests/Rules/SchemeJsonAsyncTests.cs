using System.Text;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Rules;

public sealed class SchemeJsonAsyncTests
{
    /// <summary>A stream that can only be read asynchronously, as an ASP.NET Core request body with synchronous I/O disallowed.</summary>
    private sealed class AsyncOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public int AsyncReads { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous read.");

        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("Synchronous read.");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            AsyncReads++;
            await Task.Yield();
            return await _inner.ReadAsync(buffer, cancellationToken);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Test]
    public async Task LoadAsync_StreamThatForbidsSynchronousReads_LoadsTheScheme()
    {
        var stream = new AsyncOnlyStream(File.ReadAllBytes(SchemeJsonTests.SampleSchemePath));

        var result = await SchemeJson.LoadAsync(stream);

        result.EnsureSuccess().Scheme!.Should().BeEquivalentTo(SchemeJson.LoadFile(SchemeJsonTests.SampleSchemePath).Scheme, o => o.ComparingByMembers<ScoringScheme>().ComparingByMembers<AssessmentRule>());
        stream.AsyncReads.Should().BePositive();
    }

    [Test]
    public async Task LoadAsync_LongerThanMaxChars_IsAnError_AndStopsReading()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"name\": \"" + new string('x', SchemeJson.MaxChars) + "\" }");

        var result = await SchemeJson.LoadAsync(new AsyncOnlyStream(bytes));

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
    }

    [Test]
    public async Task LoadAsync_InvalidUtf8_IsAnError()
    {
        var result = await SchemeJson.LoadAsync(new AsyncOnlyStream([(byte)'{', 0xC4, 0xE3, (byte)'}']));

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
    }

    [Test]
    public async Task LoadAsync_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await FluentActions.Awaiting(() => SchemeJson.LoadAsync(new AsyncOnlyStream([(byte)'{', (byte)'}']), cancellationToken: cancelled.Token))
            .Should().ThrowAsync<OperationCanceledException>();
    }
}
