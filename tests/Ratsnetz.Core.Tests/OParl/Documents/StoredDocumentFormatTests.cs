using System.Text;
using System.Text.Json;

namespace Ratsnetz.OParl.Documents;

/// <summary>Stored documents carry a marker for the base URL; each answer puts its own base in its place.</summary>
public sealed class StoredDocumentFormatTests
{
    [Fact]
    public void A_stored_document_gets_the_base_url_of_the_answer_it_goes_into()
    {
        var stored = Render(w =>
        {
            w.StartObject();
            w.Head(w.Urls.Of(OParlSegments.Papers, 7), OParlTypes.Paper);
            w.Text("body", w.Urls.Of(OParlSegments.Bodies, 1));
            w.Strings("originatorPerson", [w.Urls.Of(OParlSegments.People, 3)]);
            w.Text("web", w.Urls.Web("/vorlagen/7"));
            w.EndObject();
        });

        var answer = Write(new OParlUrls("https://ris.example.org/kamen/"), stored);

        using var json = JsonDocument.Parse(answer);
        var paper = json.RootElement.GetProperty("data")[0];
        Assert.Equal("https://ris.example.org/kamen/oparl/v1/papers/7", paper.GetProperty("id").GetString());
        Assert.Equal("https://ris.example.org/kamen/oparl/v1/bodies/1", paper.GetProperty("body").GetString());
        Assert.Equal("https://ris.example.org/kamen/oparl/v1/people/3", paper.GetProperty("originatorPerson")[0].GetString());
        Assert.Equal("https://ris.example.org/kamen/vorlagen/7", paper.GetProperty("web").GetString());
    }

    [Theory]
    [InlineData("Beschluss\u0001 vom Rat", "Beschluss vom Rat")]
    [InlineData("\u0001/oparl/v1/papers/1 \u0001", "/oparl/v1/papers/1 ")]
    [InlineData("\u0001\u0001/x", "/x")]
    public void The_marker_never_comes_from_data(string text, string expected)
    {
        var stored = Render(w =>
        {
            w.StartObject();
            w.Text("name", text);
            w.EndObject();
        });

        var answer = Write(new OParlUrls("http://a.example"), stored);

        using var json = JsonDocument.Parse(answer);
        Assert.Equal(expected, json.RootElement.GetProperty("data")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Several_stored_documents_form_a_valid_list()
    {
        var first = Render(w => { w.StartObject(); w.Text("id", w.Urls.Of(OParlSegments.Files, 1)); w.EndObject(); });
        var second = Render(w => { w.StartObject(); w.Text("id", w.Urls.Of(OParlSegments.Files, 2)); w.EndObject(); });

        var answer = Write(new OParlUrls("http://b.example"), first, second);

        using var json = JsonDocument.Parse(answer);
        Assert.Equal(["http://b.example/oparl/v1/files/1", "http://b.example/oparl/v1/files/2"],
            json.RootElement.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public void The_entity_tag_follows_the_documents_and_the_base_url()
    {
        var first = Render(w => { w.StartObject(); w.Text("id", w.Urls.Of(OParlSegments.Files, 1)); w.EndObject(); });
        var changed = Render(w => { w.StartObject(); w.Text("id", w.Urls.Of(OParlSegments.Files, 1)); w.Text("name", "neu"); w.EndObject(); });

        string Tag(string baseUrl, byte[] document)
        {
            using var writer = new OParlJsonWriter(new OParlUrls(baseUrl));
            writer.StartObject();
            writer.StartArray("data");
            writer.Fragment(document, OParlDocumentFormat.Hash(document));
            writer.EndArray();
            writer.EndObject();
            using var answer = writer.ToDocument();
            return answer.ETag;
        }

        Assert.Equal(Tag("http://a.example", first), Tag("http://a.example", first));
        Assert.NotEqual(Tag("http://a.example", first), Tag("http://a.example", changed));
        Assert.NotEqual(Tag("http://a.example", first), Tag("http://b.example", first));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void An_answer_written_into_blocks_of_any_size_is_the_same_bytes_and_as_long_as_announced(int blockSize)
    {
        var documents = Enumerable.Range(1, 5).Select(id => Render(w =>
        {
            w.StartObject();
            w.Head(w.Urls.Of(OParlSegments.Files, id), OParlTypes.File);
            w.Text("name", new string('ä', id * 300));
            w.Text("accessUrl", w.Urls.FileAccess(id));
            w.EndObject();
        })).ToArray();
        using var writer = new OParlJsonWriter(new OParlUrls("https://ris.example.org"));
        writer.StartObject();
        writer.StartArray("data");
        foreach (var document in documents)
        {
            writer.Fragment(document, OParlDocumentFormat.Hash(document));
        }

        writer.EndArray();
        writer.EndObject();
        using var answer = writer.ToDocument();
        var blocks = new SmallBlocks(blockSize);

        answer.WriteTo(blocks);

        Assert.Equal(answer.Length, blocks.Written.Count);
        Assert.Equal(Write(new OParlUrls("https://ris.example.org"), documents), Encoding.UTF8.GetString(blocks.Written.ToArray()));
        using var json = JsonDocument.Parse(blocks.Written.ToArray());
        Assert.Equal("https://ris.example.org/oparl/v1/files/5/access", json.RootElement.GetProperty("data")[4].GetProperty("accessUrl").GetString());
    }

    private static byte[] Render(Action<OParlJsonWriter> write)
    {
        using var writer = new OParlJsonWriter(OParlDocumentFormat.MarkerUrls);
        write(writer);
        return writer.ToArray();
    }

    private static string Write(OParlUrls urls, params byte[][] documents)
    {
        using var writer = new OParlJsonWriter(urls);
        writer.StartObject();
        writer.StartArray("data");
        foreach (var document in documents)
        {
            writer.Fragment(document, OParlDocumentFormat.Hash(document));
        }

        writer.EndArray();
        writer.EndObject();
        return Encoding.UTF8.GetString(writer.ToArray());
    }

    /// <summary>A writer that hands out blocks of a fixed size, as Kestrel's pipe hands out 4 KB blocks.</summary>
    private sealed class SmallBlocks(int size) : System.Buffers.IBufferWriter<byte>
    {
        private byte[] _block = [];

        public List<byte> Written { get; } = [];

        public void Advance(int count) => Written.AddRange(_block.AsSpan(0, count));

        public Memory<byte> GetMemory(int sizeHint = 0) => _block = new byte[Math.Max(size, sizeHint)];

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }
}
