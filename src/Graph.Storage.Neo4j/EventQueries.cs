namespace Graph.Storage.Neo4j;

/// <summary>Reading events, stories and quotes. The event list is one Cypher text per combination of the filters given (as
/// <see cref="RelationQueries"/>), the latest anchored first (undated last), then the latest stored: the same keyset as SQLite's.</summary>
public static class EventQueries
{
    /// <summary>Which filters a query gives: the statement text depends on these, never on their values.</summary>
    public sealed record Shape(bool Subject, bool Object, bool Types, bool From, bool To, bool Outlets);

    private const string Day = "coalesce(e.anchorDay, -1)";

    public static readonly CypherStatement EventsById = new("events-by-id", """
        MATCH (e:Event) WHERE e.id IN $ids
        RETURN properties(e) AS props
        ORDER BY e.seq
        """, "ids") { Uses = "event_id (unique)" };

    public static readonly CypherStatement SameQuotes = new("same-quotes", """
        MATCH (q:Statement) WHERE q.id IN $ids
        MATCH (s:Statement) WHERE s.quoteKey = q.quoteKey
        RETURN q.id AS of, properties(s) AS props
        ORDER BY of, s.seq
        """, "ids") { Uses = "statement_id (unique), then statement_quote" };

    public static readonly CypherStatement ArticlesByStory = new("articles-by-story", $"""
        MATCH (a:Article) WHERE a.storyId IN $ids
        RETURN {Cypher.ArticleFields}, a.seq AS seq
        ORDER BY a.seq
        """, "ids") { Uses = "article_story" };

    public static CypherStatement Count(Shape shape)
    {
        var (where, parameters) = Filter(shape);
        return new CypherStatement("event-count" + Key(shape), $"MATCH (e:Event){where}\nRETURN count(e) AS n", [.. parameters]) { Uses = Uses(shape) };
    }

    public static CypherStatement Page(Shape shape, bool after)
    {
        var (where, parameters) = Filter(shape, after);
        parameters.Add("take");
        return new CypherStatement($"event-page{(after ? "-after" : "")}{Key(shape)}", $"""
            MATCH (e:Event){where}
            RETURN properties(e) AS props, {Day} AS day
            ORDER BY day DESC, e.seq DESC LIMIT $take
            """, [.. parameters]) { Uses = Uses(shape) + "; then sorted (a page of one pair's events is small)" };
    }

    /// <summary>The statements for the lint and <c>graph cypher --list</c>: the by-id reads, and the event list with no filter and
    /// with every filter (the other combinations leave predicates out of the same AND-list).</summary>
    public static IEnumerable<CypherStatement> Catalogue()
    {
        yield return EventsById;
        yield return SameQuotes;
        yield return ArticlesByStory;
        foreach (var shape in new[] { new Shape(false, false, false, false, false, false), new Shape(true, true, true, true, true, true) })
        {
            yield return Count(shape);
            yield return Page(shape, after: false);
            yield return Page(shape, after: true);
        }
    }

    private static (string Where, List<string> Parameters) Filter(Shape shape, bool after = false)
    {
        var where = new List<string>();
        var parameters = new List<string>();
        void Add(bool given, string predicate, params string[] names)
        {
            if (!given) return;
            where.Add(predicate);
            parameters.AddRange(names);
        }
        Add(shape.Subject, "e.subjectId = $subject", "subject");
        Add(shape.Object, "e.objectId = $object", "object");
        Add(shape.Types, "e.type IN $types", "types");
        Add(shape.From, "e.anchorDay >= $from", "from");
        Add(shape.To, "e.anchorDay <= $to", "to");
        Add(shape.Outlets, "size(e.outlets) >= $outlets", "outlets");
        Add(after, $"({Day} < $day OR {Day} = $day AND e.seq < $seq)", "day", "seq");
        return (where.Count == 0 ? "" : "\nWHERE " + string.Join(" AND ", where), parameters);
    }

    private static string Uses(Shape s) =>
        s.Subject ? "event_subject" : s.Object ? "event_object" : s.From || s.To ? "event_anchor (range)" : "a scan of the events (no filter)";

    private static string Key(Shape s) =>
        (s.Subject ? "-subject" : "") + (s.Object ? "-object" : "") + (s.Types ? "-types" : "") + (s.From ? "-from" : "") + (s.To ? "-to" : "")
        + (s.Outlets ? "-outlets" : "");
}
