using GraphQLParser.AST;

namespace Graph.Api.GraphQL;

/// <summary>Measures a parsed document before it is validated: how many fields it asks for with every fragment expanded
/// (each fragment's size computed once, so the walk is linear in the document however often fragments are spread) and
/// the widest selection set (its own fields plus those its fragments bring in). Validation compares fields pairwise and
/// expands fragments, so these two numbers bound its work: F1 = ...F0 ...F0, F2 = ...F1 ...F1 … is refused here in
/// microseconds instead of taking minutes there.</summary>
public sealed class SelectionBudget
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Total, long Flat)> _sizes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);
    private readonly long _cap;

    /// <summary>The widest selection set seen, and where it is.</summary>
    public long Widest { get; private set; }
    public GraphQLLocation WidestAt { get; private set; }

    private SelectionBudget(GraphQLDocument document, long cap)
    {
        _cap = cap;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
    }

    /// <summary>Fields asked for by every operation, fragments expanded, counted up to a little past <paramref name="cap"/>
    /// (the sums saturate there, so 2^60 copies cost no more than 5,001).</summary>
    public static SelectionBudget Measure(GraphQLDocument document, long cap, out long total)
    {
        var budget = new SelectionBudget(document, cap);
        total = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            total = budget.Add(total, budget.Size(operation.SelectionSet).Total);
        // Fragments no operation spreads are still validated: count them too.
        foreach (var name in budget._fragments.Keys)
            total = budget.Add(total, budget.Fragment(name).Total);
        return budget;
    }

    /// <summary>Total: fields at any depth below the set; Flat: fields directly in it once fragments are inlined.</summary>
    private (long Total, long Flat) Size(GraphQLSelectionSet? set)
    {
        if (set is null) return (0, 0);
        long total = 0, flat = 0;
        foreach (var selection in set.Selections)
        {
            var (t, f) = selection switch
            {
                GraphQLField field => (Add(1, Size(field.SelectionSet).Total), 1L),
                GraphQLInlineFragment inline => Size(inline.SelectionSet),
                GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                _ => (0L, 0L),
            };
            total = Add(total, t);
            flat = Add(flat, f);
        }
        if (flat > Widest)
        {
            Widest = flat;
            WidestAt = set.Location;
        }
        return (total, flat);
    }

    private (long Total, long Flat) Fragment(string name)
    {
        if (_sizes.TryGetValue(name, out var known)) return known;
        if (!_fragments.TryGetValue(name, out var fragment) || !_open.Add(name)) return (0, 0); // unknown or a cycle: validation says so
        var size = Size(fragment.SelectionSet);
        _open.Remove(name);
        _sizes[name] = size;
        return size;
    }

    private long Add(long a, long b) => Math.Min(a + b, _cap + 1);
}
