using System.Globalization;
using Graph.Core;

namespace Graph.Storage.Neo4j;

/// <summary>Neo4j rows and property maps back into the graph's records (the inverse of <see cref="Props"/>).</summary>
internal static class Read
{
    public static Article Article(Neo4jRow r) => new(
        r.String("id"), r.String("text"), r.NullableString("title"), r.NullableString("url"), r.NullableString("outlet"),
        r.NullableString("publishedAt") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        r.String("language")) { StoryId = r.NullableString("storyId") };

    public static Entity Entity(Dictionary<string, object?> p) => new(
        Str(p, "id")!, Enum.Parse<EntityType>(Str(p, "type")!), Str(p, "name")!,
        p.Where(x => x.Key.StartsWith("label_", StringComparison.Ordinal) && x.Value is string)
            .OrderBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(x => x.Key["label_".Length..], x => (string)x.Value!),
        List(p, "aliases").Cast<string>().Order(StringComparer.Ordinal).ToList(),
        Str(p, "iso2"), Str(p, "iso3"), p.GetValueOrDefault("transliterated") is true);

    public static Statement Statement(Dictionary<string, object?> p) => new(
        Str(p, "id")!, Str(p, "articleId")!, Str(p, "speakerId"), Str(p, "text")!, Enum.Parse<StatementKind>(Str(p, "kind")!),
        Int(p, "start"), Int(p, "end"), Int(p, "sentenceStart"), Int(p, "sentenceEnd"), Str(p, "language")!,
        p.GetValueOrDefault("headline") is true, Str(p, "sourceId"), Enum.Parse<Modality>(Str(p, "modality") ?? nameof(Modality.Asserted)));

    public static Relation Relation(Neo4jRow r)
    {
        var p = r.Map("props");
        var sentences = List(p, "evidenceSentence");
        var statements = List(p, "evidenceStatement");
        var evidence = sentences.Select((s, i) =>
        {
            var statement = (string?)statements.ElementAtOrDefault(i);
            return new Evidence((string)s!, At(p, "evidenceSentenceStart", i), At(p, "evidenceSentenceEnd", i),
                At(p, "evidenceStart", i), At(p, "evidenceEnd", i), string.IsNullOrEmpty(statement) ? null : statement);
        }).ToList();
        return new Relation(Str(p, "id")!, Str(p, "articleId")!, Type(r.String("type")), r.String("subject"), r.String("object"),
            Convert.ToDouble(p.GetValueOrDefault("confidence") ?? 0.0, CultureInfo.InvariantCulture), evidence,
            Enum.Parse<Modality>(Str(p, "modality") ?? nameof(Modality.Asserted)), Str(p, "date"), Str(p, "role")) { EventId = Str(p, "eventId") };
    }

    /// <summary>An event node's properties, its reports from the parallel lists it keeps (see <see cref="GroupingStatements.Write"/>).</summary>
    public static Event Event(Dictionary<string, object?> p)
    {
        var articles = List(p, "reportArticles");
        var outlets = List(p, "reportOutlets");
        var confidences = List(p, "reportConfidences");
        var reports = List(p, "reportRelations").Select((r, i) => new EventReport((string)r!, (string)articles[i]!,
            outlets.ElementAtOrDefault(i) is string { Length: > 0 } o ? o : null, Convert.ToDouble(confidences.ElementAtOrDefault(i) ?? 0.0, CultureInfo.InvariantCulture))).ToList();
        return new Event(Str(p, "id")!, Str(p, "subjectId")!, Type(Str(p, "type")!), Str(p, "objectId")!, Str(p, "date"),
            Date(Str(p, "firstReported")), Date(Str(p, "lastReported")), reports);
    }

    private static DateOnly? Date(string? d) => d is null ? null : DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static RelationType Type(string name) =>
        RelationTypeInfo.TryParse(name, out var type) ? type : throw new InvalidDataException($"Unknown relationship type '{name}' in Neo4j.");

    private static string? Str(Dictionary<string, object?> p, string key) => p.GetValueOrDefault(key) as string;

    private static int Int(Dictionary<string, object?> p, string key) => Convert.ToInt32(p.GetValueOrDefault(key) ?? 0, CultureInfo.InvariantCulture);

    private static List<object?> List(Dictionary<string, object?> p, string key) => p.GetValueOrDefault(key) as List<object?> ?? [];

    private static int At(Dictionary<string, object?> p, string key, int i) => Convert.ToInt32(List(p, key).ElementAtOrDefault(i) ?? 0, CultureInfo.InvariantCulture);
}
