using System.Text;
using Ratsnetz.Council.Files;

namespace Ratsnetz.Council.Files;

public sealed class StoredFileTests
{
    [Fact]
    public void A_file_knows_its_size_and_content_hash()
    {
        var bytes = Encoding.UTF8.GetBytes("Niederschrift");

        var file = StoredFile.Create("niederschrift.txt", "Niederschrift", "text/plain", bytes, FileRole.Minutes).Value;

        Assert.Equal(bytes.Length, file.Size);
        Assert.Equal(64, file.Sha256.Length);
        Assert.Equal(file.Sha256, StoredFile.Create("kopie.txt", "Kopie", "text/plain", bytes, FileRole.Minutes).Value.Sha256);
        Assert.True(file.IsPublic);
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("ordner\\datei.txt")]
    [InlineData("")]
    public void File_names_carry_no_folders(string name)
    {
        Assert.Equal("file.name_invalid", StoredFile.Create(name, "x", "text/plain", [1], FileRole.Auxiliary).Error?.Code);
    }

    [Fact]
    public void A_file_needs_a_media_type_and_something_to_belong_to()
    {
        Assert.Equal("file.media_type_invalid", StoredFile.Create("a.txt", "a", "text", [1], FileRole.Auxiliary).Error?.Code);
        var file = StoredFile.Create("a.txt", "a", "text/plain", [1], FileRole.Auxiliary).Value;
        Assert.Equal("file.unattached", file.AttachTo(null, null, null).Error?.Code);
    }
}
