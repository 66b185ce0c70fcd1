using System.Globalization;
using System.Text;
using System.Xml;

namespace Ratsnetz.Feeds.Atom;

/// <summary>Writes an <see cref="AtomFeed"/> as Atom 1.0 (RFC 4287), with absolute links on the given base URL.</summary>
public static class AtomWriter
{
    private const string Namespace = "http://www.w3.org/2005/Atom";

    /// <param name="baseUrl">Scheme, host and path base the feed was fetched at, without a trailing slash.</param>
    /// <param name="selfPath">The feed's own path and query.</param>
    public static byte[] Write(AtomFeed feed, string baseUrl, string selfPath)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, "de");
            xml.WriteElementString("id", Namespace, baseUrl + selfPath);
            xml.WriteElementString("title", Namespace, feed.Title);
            xml.WriteElementString("updated", Namespace, Instant(feed.UpdatedUtc));
            Link(xml, "self", baseUrl + selfPath, "application/atom+xml");
            Link(xml, "alternate", baseUrl + feed.PagePath, "text/html");
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, "Ratsnetz");
            xml.WriteElementString("uri", Namespace, baseUrl + "/");
            xml.WriteEndElement();
            xml.WriteElementString("generator", Namespace, "Ratsnetz");
            foreach (var entry in feed.Entries)
            {
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("id", Namespace, baseUrl + entry.Path);
                xml.WriteElementString("title", Namespace, entry.Title);
                xml.WriteElementString("published", Namespace, Instant(entry.PublishedUtc));
                xml.WriteElementString("updated", Namespace, Instant(entry.UpdatedUtc));
                Link(xml, "alternate", baseUrl + entry.Path, "text/html");
                if (entry.Summary is { Length: > 0 } summary)
                {
                    xml.WriteStartElement("summary", Namespace);
                    xml.WriteAttributeString("type", "text");
                    xml.WriteString(summary);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Instant(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
