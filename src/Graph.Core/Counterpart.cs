namespace Graph.Core;

/// <summary>One counterpart of a country's roll-up: the acts (<see cref="Events"/>) and every relation behind them.</summary>
public sealed record Counterpart(string EntityId, IReadOnlyList<RolledUpEvent> Events)
{
    public IReadOnlyList<RolledUpRelation> Relations { get; } = [.. Events.SelectMany(e => e.Relations)];
}
