using Graph.Core;

namespace Graph.Storage.Neo4j;

/// <summary>The entity search, one Cypher text per combination of the filters given (kind, exact name, name prefix), made
/// from fixed fragments when the catalogue is built. A name is looked up as a <c>:Name {key}</c> node (unique, so a range
/// index serves both <c>=</c> and <c>STARTS WITH</c>); the kind is a label, so an unfiltered count reads the count store.</summary>
public static class EntityQueries
{
    private static readonly Dictionary<(EntityType? Type, bool Key, bool Prefix), (CypherStatement Count, CypherStatement Page)> Shapes = Build();

    public static CypherStatement Count(EntityType? type, bool key, bool prefix) => Shapes[(type, key, prefix)].Count;

    public static CypherStatement Page(EntityType? type, bool key, bool prefix) => Shapes[(type, key, prefix)].Page;

    public static IEnumerable<CypherStatement> All => Shapes.Values.SelectMany(s => new[] { s.Count, s.Page });

    private static Dictionary<(EntityType?, bool, bool), (CypherStatement, CypherStatement)> Build()
    {
        var shapes = new Dictionary<(EntityType?, bool, bool), (CypherStatement, CypherStatement)>();
        foreach (var type in Enum.GetValues<EntityType>().Cast<EntityType?>().Prepend(null))
            foreach (var key in new[] { false, true })
                foreach (var prefix in new[] { false, true })
                    shapes[(type, key, prefix)] = Shape(type, key, prefix);
        return shapes;
    }

    private static (CypherStatement, CypherStatement) Shape(EntityType? type, bool key, bool prefix)
    {
        var label = type?.ToString() ?? "Entity";
        var name = $"entities-{label.ToLowerInvariant()}{(key ? "-name" : "")}{(prefix ? "-prefix" : "")}";
        string match;
        var where = new List<string>();
        string uses;
        if (key)
        {
            match = $"MATCH (:Name {{key: $key}})-[:NAMES]->(e:{label})";
            if (prefix) where.Add("EXISTS { MATCH (n:Name)-[:NAMES]->(e) WHERE n.key STARTS WITH $prefix }");
            uses = "name_key (unique: seek on the key), then the entity's NAMES relationships";
        }
        else if (prefix)
        {
            match = $"MATCH (n:Name) WHERE n.key STARTS WITH $prefix\nMATCH (n)-[:NAMES]->(e:{label})\nWITH DISTINCT e";
            uses = "name_key (range index: prefix seek), then NAMES relationships";
        }
        else
        {
            match = $"MATCH (e:{label})";
            uses = type is null ? "entity_id (ordered seek on e.id); the count: the count store" : $"{label.ToLowerInvariant()}_id (ordered seek on e.id); the count: the count store";
        }
        string[] filterParameters = [.. key ? ["key"] : Array.Empty<string>(), .. prefix ? ["prefix"] : Array.Empty<string>()];
        var count = new CypherStatement(name + "-count", $"{match}{Where(where)}\nRETURN count(e) AS n", filterParameters) { Uses = uses };
        var page = new CypherStatement(name + "-page", $"""
            {match}{Where([.. where, "e.id > $after"])}
            RETURN properties(e) AS props
            ORDER BY e.id LIMIT $take
            """, [.. filterParameters, "after", "take"]) { Uses = uses };
        return (count, page);
    }

    private static string Where(List<string> predicates) => predicates.Count == 0 ? "" : "\nWHERE " + string.Join(" AND ", predicates);
}
