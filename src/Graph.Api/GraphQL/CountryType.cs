using global::GraphQL;
using global::GraphQL.Types;
using Graph.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.GraphQL;

public sealed class CountryType : EntityObjectType
{
    public CountryType() : base(EntityType.Country, "A state or territory, identified by ISO 3166-1 alpha-3 (Country:RUS). Capitals acting for their government resolve here.")
    {
        Field<StringGraphType>("iso2").Description("ISO 3166-1 alpha-2 code.").Resolve(c => c.Source.Iso2);
        Field<StringGraphType>("iso3").Description("ISO 3166-1 alpha-3 code.").Resolve(c => c.Source.Iso3);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RolledUpRelationType>>>>("rollUp")
            .Description("What this country did (OUTGOING) or had done to it (INCOMING), counting what its officials — ministers, ambassadors, the president, spokespeople — did in office (via); a counterpart's official counts for their country too (counterpartVia).")
            .Argument<DirectionEnum>("direction", "OUTGOING (default) or INCOMING.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", "Only these edge types; all event types when omitted.")
            .Argument<IntGraphType>("first", $"At most this many, the most confident first (default {Paging.DefaultPageSize}, at most {Paging.MaxPageSize}).")
            .ResolveAsync(async c => (await Queries(c).RollUpAsync(c.Source.Id, Direction(c), c.GetArgument<List<Core.RelationType>?>("types"), c.CancellationToken))
                .Take(Paging.First(c)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CounterpartType>>>>("counterparts")
            .Description("The roll-up grouped by counterpart (country, bloc or other entity) and by act, most acts first: \"which countries did Russia criticize?\"")
            .Argument<DirectionEnum>("direction", "OUTGOING (default) or INCOMING.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", "Only these edge types; all event types when omitted.")
            .Argument<ListGraphType<NonNullGraphType<EntityKindEnum>>>("kinds", "Only counterparts of these kinds (COUNTRY, BLOC …).")
            .Argument<IntGraphType>("first", $"At most this many counterparts, those with the most acts first (default {Paging.DefaultPageSize}, at most {Paging.MaxPageSize}).")
            .ResolveAsync(async c =>
            {
                var groups = await Queries(c).CounterpartsAsync(c.Source.Id, Direction(c), c.GetArgument<List<Core.RelationType>?>("types"), c.CancellationToken);
                var kinds = c.GetArgument<List<EntityType>?>("kinds");
                return groups.Where(g => kinds is null || Enum.TryParse<EntityType>(Ids.LabelOf(g.EntityId), out var k) && kinds.Contains(k))
                    .Take(Paging.First(c)).ToList();
            });
    }

    private static GraphQueries Queries(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<GraphQueries>();

    private static RelationDirection Direction(IResolveFieldContext c)
    {
        var direction = c.GetArgument("direction", RelationDirection.Outgoing);
        return direction == RelationDirection.Both
            ? throw new ExecutionError("A roll-up goes one way: use OUTGOING or INCOMING.") { Code = "BAD_USER_INPUT" }
            : direction;
    }
}
