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
            .Argument<FloatGraphType>("minConfidence", "Only relations the extractor is at least this sure of (0..1).")
            .Argument<StringGraphType>("dateFrom", "On or after this date (yyyy-MM-dd, yyyy-MM or yyyy): the text's date, else the article's.")
            .Argument<StringGraphType>("dateTo", "On or before this date (yyyy-MM-dd, yyyy-MM or yyyy).")
            .Argument<IntGraphType>("first", $"At most this many, the most confident first (default {Paging.DefaultPageSize}, at most {Paging.MaxPageSize}).")
            .ResolveAsync(async c =>
            {
                var minConfidence = c.GetArgument<double?>("minConfidence");
                if (minConfidence is { } m && !(m is >= 0 and <= 1)) throw InputErrors.Confidence(m);
                var from = QueryType.CheckedDate(c.GetArgument<string?>("dateFrom"), "dateFrom");
                var to = QueryType.CheckedDate(c.GetArgument<string?>("dateTo"), "dateTo");
                var queries = Queries(c);
                var rolled = await queries.RollUpAsync(c.Source.Id, Direction(c), c.GetArgument<List<Core.RelationType>?>("types"), c.CancellationToken);
                return (await queries.FilterAsync(rolled, minConfidence, from, to, c.CancellationToken)).Take(Paging.First(c)).ToList();
            });
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

    private static GraphQueries Queries(IResolveFieldContext c) => GraphRequestContext.Service(c, r => r.Queries);

    private static RelationDirection Direction(IResolveFieldContext c)
    {
        var direction = c.GetArgument("direction", RelationDirection.Outgoing);
        return direction == RelationDirection.Both
            ? throw new ExecutionError("A roll-up goes one way: use OUTGOING or INCOMING.") { Code = "BAD_USER_INPUT" }
            : direction;
    }
}
