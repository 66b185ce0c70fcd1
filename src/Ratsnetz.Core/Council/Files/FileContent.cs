namespace Ratsnetz.Council.Files;

/// <summary>The bytes of a stored file, in a table of their own (shares the file's key).</summary>
public sealed class FileContent
{
    private FileContent()
    {
        Data = [];
    }

    internal FileContent(byte[] data)
    {
        Data = data;
    }

    public int FileId { get; private set; }

    public byte[] Data { get; private set; }

    internal void Replace(byte[] data) => Data = data;
}
