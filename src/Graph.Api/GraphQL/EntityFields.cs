using global::GraphQL;
using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

/// <summary>The fields every entity has, declared once for the Entity interface and each entity type.</summary>
internal static class EntityFields
{
    private static readonly global::GraphQL.DataLoader.IDataLoaderResult<Relation[]?> Empty = new NoRelations();

    private sealed class NoRelations : global::GraphQL.DataLoader.IDataLoaderResult<Relation[]?>
    {
        public Task<Relation[]?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult<Relation[]?>([]);

        async Task<object?> global::GraphQL.DataLoader.IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    public static void AddTo(ObjectGraphType<Entity> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("The stable id: Country:ISO3 for countries, Label:key for others.").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<StringGraphType>>("name").Description("The display name (English where known).").Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<EntityKindEnum>>("kind").Description("The node label.").Resolve(c => c.Source.Type);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LabelType>>>>("labels")
            .Description("The preferred name per language.")
            .Resolve(c => c.Source.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).ToList());
        type.Field<StringGraphType>("label")
            .Description("The preferred name in one language, or null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("language", "BCP 47 code: en or ar.")
            .Resolve(c => c.Source.Labels.TryGetValue(c.GetArgument<string>("language"), out var l) ? l : null);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Every other name the entity is known by, in any language.").Resolve(c => c.Source.Aliases);
        type.Field<NonNullGraphType<BooleanGraphType>>("nameIsTransliteration")
            .Description("True when the English name is a machine transliteration of the Arabic, not a known spelling.")
            .Resolve(c => c.Source.NameIsTransliteration);
        type.Field<NonNullGraphType<IntGraphType>>("mentionCount")
            .Description("How many times the entity is mentioned across all articles.")
            .Resolve(c => Loaders.Of(c).MentionCounts.Load(c.Source.Id).Then(n => n));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements")
            .Description("What this entity said, in the order it was stored.")
            .Resolve(c => Loaders.Of(c).StatementsBySpeaker.Load(c.Source.Id).Then(s => s ?? []));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations")
            .Description("Edges at this entity, with their evidence. Filter by direction and type.")
            .Argument<DirectionEnum>("direction", "OUTGOING (default), INCOMING or BOTH.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", "Only these edge types.")
            .Resolve(c =>
            {
                var direction = c.GetArgument("direction", RelationDirection.Outgoing);
                var types = c.GetArgument<List<Core.RelationType>?>("types");
                var loaders = Loaders.Of(c);
                var outgoing = direction is RelationDirection.Outgoing or RelationDirection.Both ? loaders.OutgoingRelations.Load(c.Source.Id) : Empty;
                var incoming = direction is RelationDirection.Incoming or RelationDirection.Both ? loaders.IncomingRelations.Load(c.Source.Id) : Empty;
                return DataLoaderResultExtensions.Combine(outgoing, incoming, (o, i) => (o ?? []).Concat(i ?? []).DistinctBy(r => r.Id)
                    .Where(r => types is null || types.Contains(r.Type)).ToList());
            });
    }
}
