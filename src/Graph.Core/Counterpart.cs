namespace Graph.Core;

/// <summary>One counterpart of a country's roll-up: the acts (<see cref="Events"/>) and every relation behind them.</summary>
public sealed record Counterpart(string EntityId, IReadOnlyList<RolledUpEvent> Events)
{
    public IReadOnlyList<RolledUpRelation> Relations { get; } = All(Events);

    private static List<RolledUpRelation> All(IReadOnlyList<RolledUpEvent> events)
    {
        var count = 0;
        for (var i = 0; i < events.Count; i++) count += events[i].Relations.Count;
        var all = new List<RolledUpRelation>(count);
        for (var i = 0; i < events.Count; i++) all.AddRange(events[i].Relations);
        return all;
    }
}
