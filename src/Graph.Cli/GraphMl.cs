using System.Globalization;
using System.Xml;
using Graph.Core;

namespace Graph.Cli;

/// <summary>The entity graph as GraphML (Gephi, yEd, NetworkX): entities are nodes, relations are directed edges with their
/// type, CAMEO code, Goldstein weight, confidence, modality, date, article and first evidence sentence.</summary>
internal static class GraphMl
{
    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("type", "node", "type", "string"), ("name", "node", "name", "string"), ("label_en", "node", "label_en", "string"),
        ("label_ar", "node", "label_ar", "string"),
        ("relation", "edge", "relation", "string"), ("cameo", "edge", "cameo", "string"), ("goldstein", "edge", "goldstein", "double"),
        ("confidence", "edge", "confidence", "double"), ("modality", "edge", "modality", "string"), ("date", "edge", "date", "string"),
        ("article", "edge", "article", "string"), ("sentence", "edge", "sentence", "string"),
    ];

    public static async Task<int> WriteAsync(TextWriter output, IAsyncEnumerable<(Article Article, ExtractionResult Extraction)> articles)
    {
        var nodes = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var edges = new List<Relation>();
        var count = 0;
        await foreach (var (_, extraction) in articles)
        {
            count++;
            foreach (var e in extraction.Entities) nodes.TryAdd(e.Id, e);
            edges.AddRange(extraction.Relations);
        }
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Async = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        foreach (var (id, @for, name, type) in Keys)
        {
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", @for);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "graph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var e in nodes.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", e.Id);
            Data(xml, "type", e.Type.ToString());
            Data(xml, "name", e.Name);
            Data(xml, "label_en", e.Labels.GetValueOrDefault("en"));
            Data(xml, "label_ar", e.Labels.GetValueOrDefault("ar"));
            xml.WriteEndElement();
        }
        foreach (var r in edges)
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", r.Id);
            xml.WriteAttributeString("source", r.SubjectId);
            xml.WriteAttributeString("target", r.ObjectId);
            Data(xml, "relation", r.Info.Name);
            Data(xml, "cameo", r.Info.Cameo);
            Data(xml, "goldstein", r.Info.Goldstein?.ToString(CultureInfo.InvariantCulture));
            Data(xml, "confidence", r.Confidence.ToString(CultureInfo.InvariantCulture));
            Data(xml, "modality", r.Modality.ToString());
            Data(xml, "date", r.Date);
            Data(xml, "article", r.ArticleId);
            Data(xml, "sentence", r.Evidence.FirstOrDefault()?.Sentence);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        return count;
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null) return;
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        // XML 1.0 cannot carry most control characters; article text can.
        xml.WriteString(new string(value.Where(XmlConvert.IsXmlChar).ToArray()));
        xml.WriteEndElement();
    }
}
