using Graph.Core;

namespace Graph.Storage.Neo4j;

/// <summary>The filtered, ordered relation list: one Cypher text per combination of the filters actually given, joined from
/// the fixed fragments below (relationship types from the ontology, never from input), so each filter is a plain predicate a
/// planner can seek on and none is written <c>$x IS NULL OR …</c>. The order keys (<c>r.seq</c>, <c>r.confidence</c>,
/// <c>r.dayFirst</c>, <c>r.dayLast</c>) are properties written with the relation, with an index on each per type.</summary>
public static class RelationQueries
{
    /// <summary>Which filters a query gives: the statement text depends on these, never on their values.</summary>
    public sealed record Shape(IReadOnlyList<RelationType>? Types, bool Subject, bool Object, bool Outlet, bool Min, bool From, bool To);

    private static readonly Dictionary<RelationOrder, (string Key, string Order, string After)> Orders = new()
    {
        [RelationOrder.Stored] = ("r.seq", "r.seq", "r.seq > $afterSeq"),
        [RelationOrder.ConfidenceDescending] = ("r.confidence", "r.confidence DESC, r.seq", "(r.confidence < $afterKey OR r.confidence = $afterKey AND r.seq > $afterSeq)"),
        [RelationOrder.DateAscending] = ("r.dayFirst", "r.dayFirst, r.seq", "(r.dayFirst > $afterKey OR r.dayFirst = $afterKey AND r.seq > $afterSeq)"),
        [RelationOrder.DateDescending] = ("r.dayLast", "r.dayLast DESC, r.seq", "(r.dayLast < $afterKey OR r.dayLast = $afterKey AND r.seq > $afterSeq)"),
    };

    public static CypherStatement Count(Shape shape)
    {
        var (match, where, parameters, uses) = Filter(shape);
        return new CypherStatement("relation-count" + Key(shape),
            $"{match}\nWHERE {string.Join(" AND ", where)}\nRETURN count(r) AS n", [.. parameters]) { Uses = uses };
    }

    public static CypherStatement Page(Shape shape, RelationOrder order, bool after)
    {
        var name = $"relation-page-{order.ToString().ToLowerInvariant()}{(after ? "-after" : "")}{Key(shape)}";
        // Made per call, not cached: the types alone have 2^19 combinations, and joining a few strings costs nothing.
        var (match, where, parameters, uses) = Filter(shape);
        var (key, sort, resume) = Orders[order];
        if (after)
        {
            where.Add(resume);
            if (order != RelationOrder.Stored) parameters.Add("afterKey");
            parameters.Add("afterSeq");
        }
        parameters.Add("take");
        var index = order switch
        {
            RelationOrder.Stored => "seq",
            RelationOrder.ConfidenceDescending => "confidence",
            RelationOrder.DateAscending => "day_first",
            _ => "day_last",
        };
        return new CypherStatement(name, $"""
            {match}
            WHERE {string.Join(" AND ", where)}
            RETURN s.id AS subject, o.id AS object, type(r) AS type, properties(r) AS props, {key} AS k
            ORDER BY {sort} LIMIT $take
            """, [.. parameters]) { Uses = $"{uses}; order: rel_<type>_{index} (with one type and no anchor, read in index order)" };
    }

    /// <summary>A shape per anchor and order, with every optional predicate present, for the lint and <c>graph cypher --list</c>:
    /// the other combinations leave predicates out of the same AND-list.</summary>
    public static IEnumerable<CypherStatement> Catalogue()
    {
        foreach (var (subject, obj) in new[] { (false, false), (true, false), (false, true), (true, true) })
        {
            var bare = new Shape(null, subject, obj, false, false, false, false);
            var full = new Shape([RelationType.Criticized, RelationType.Accused], subject, obj, true, true, true, true);
            yield return Count(bare);
            yield return Count(full);
            foreach (var order in Orders.Keys)
            {
                yield return Page(full, order, after: false);
                yield return Page(full, order, after: true);
            }
        }
    }

    private static (string Match, List<string> Where, List<string> Parameters, string Uses) Filter(Shape shape)
    {
        var types = shape.Types is { Count: > 0 } t ? ":" + string.Join('|', t.Distinct().Order().Select(x => RelationTypeInfo.Of(x).Name)) : "";
        var match = $"MATCH (s:Entity{(shape.Subject ? " {id: $subject}" : "")})-[r{types}]->(o:Entity{(shape.Object ? " {id: $object}" : "")})";
        var where = new List<string> { "r.seq IS NOT NULL" };
        var parameters = new List<string>();
        if (shape.Subject) parameters.Add("subject");
        if (shape.Object) parameters.Add("object");
        if (shape.Outlet) { where.Add("r.outlet = $outlet"); parameters.Add("outlet"); }
        if (shape.Min) { where.Add("r.confidence >= $min"); parameters.Add("min"); }
        if (shape.From) { where.Add("r.day >= $from"); parameters.Add("from"); }
        if (shape.To) { where.Add("r.day <= $to"); parameters.Add("to"); }
        var uses = shape.Subject || shape.Object ? "entity_id (seek on the subject or object), then its relationships" : "a scan of the relationships of the given types";
        return (match, where, parameters, uses);
    }

    private static string Key(Shape s) =>
        (s.Types is { Count: > 0 } t ? "-" + string.Join('-', t.Distinct().Order().Select(x => RelationTypeInfo.Of(x).Name.ToLowerInvariant())) : "")
        + (s.Subject ? "-subject" : "") + (s.Object ? "-object" : "") + (s.Outlet ? "-outlet" : "") + (s.Min ? "-min" : "")
        + (s.From ? "-from" : "") + (s.To ? "-to" : "");
}
