using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace WindowScoring.OpenXml;

/// <summary>
/// How the writers make a package whose one large part (the worksheet, the Word document) is streamed. The Open XML SDK
/// needs a package it can read as well as write, and such a package keeps every part's uncompressed bytes in memory until
/// it is closed (152 MB of XML for a .docx of 10^5 rows). So the SDK builds the package with that part as an empty
/// placeholder (its relationships, content types and small parts as the SDK writes them), in memory, a few kilobytes;
/// then the package is copied entry by entry into a zip written forward to the target, the large part written straight
/// into its entry with <see cref="OpenXmlWriter"/>, one row at a time.
/// </summary>
internal static class OpenXmlPackages
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes a package to <paramref name="target"/> (left open): <paramref name="build"/> makes the package in the stream
    /// it is given, closes it and answers the address of the part to stream (whose content it left as a placeholder);
    /// <paramref name="write"/> writes that part's XML.
    /// </summary>
    internal static void Write(Stream target, Func<Stream, Uri> build, Action<OpenXmlWriter> write)
    {
        using var skeleton = new MemoryStream();
        var streamed = build(skeleton).OriginalString.TrimStart('/');
        var written = false;
        skeleton.Position = 0;
        using var source = new ZipArchive(skeleton, ZipArchiveMode.Read);
        using var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            using var to = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
            if (entry.FullName == streamed)
            {
                using var writer = OpenXmlWriter.Create(to, Utf8); // no byte order mark, as the SDK writes its parts
                write(writer);
                written = true;
            }
            else
            {
                using var from = entry.Open();
                from.CopyTo(to);
            }
        }

        if (!written)
        {
            throw new InvalidOperationException("The package has no part " + streamed + " to stream."); // a bug here, not the table's
        }
    }
}
