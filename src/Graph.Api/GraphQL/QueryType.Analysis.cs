using global::GraphQL;
using global::GraphQL.Types;
using Graph.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.GraphQL;

/// <summary>The analyst's questions: relations by filter, the named look-ups, search, paths and timelines.</summary>
public sealed partial class QueryType
{
    private void AddAnalysisFields()
    {
        Field<NonNullGraphType<RelationConnectionType>>("relations").Description("Relations filtered by type, ends, date, outlet and confidence, in pages.")
            .Argument<RelationFilterInputType>("where", "Conditions; all must hold.")
            .Argument<RelationSortInputType>("order", "One sort field; storage order when omitted.")
            .Argument<IntGraphType>("first", $"Page size (default {Paging.DefaultPageSize}, at most {Paging.MaxPageSize}).")
            .Argument<StringGraphType>("after", "A cursor from a previous page of the same order.")
            .ResolveAsync(async c =>
            {
                var query = RelationQueryFrom(c.GetArgument<Dictionary<string, object?>?>("where"), c.GetArgument<Dictionary<string, object?>?>("order"));
                return Paging.ToConnection(await Store(c).QueryRelationsAsync(query, Paging.First(c), c.GetArgument<string?>("after"), c.CancellationToken));
            });
        Field<NonNullGraphType<EventConnectionType>>("events")
            .Description("Acts however many articles report them (each with its reports, outlets and evidence), the latest first: events(where: {subject: \"Russia\", types: [CRITICIZED], minOutlets: 2}).")
            .Argument<EventFilterInputType>("where", "Conditions; all must hold.")
            .Argument<IntGraphType>("first", $"Page size (default {Paging.DefaultPageSize}, at most {Paging.MaxPageSize}).")
            .Argument<StringGraphType>("after", "A cursor from a previous page.")
            .ResolveAsync(async c =>
            {
                var where = c.GetArgument<Dictionary<string, object?>?>("where");
                async Task<string?> Side(string name) => where?.GetValueOrDefault(name) is string value
                    ? (await ResolveEntity(c, value, null))?.Id ?? throw new ExecutionError($"'where.{name}': nothing has the id or name '{value}'.") { Code = "NOT_FOUND" }
                    : null;
                DateOnly? Day(string name) => DateArgument(where, name) is { } d
                    ? d.Length == 10 ? DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                        : throw new ExecutionError($"'where.{name}' takes a day (yyyy-MM-dd); it was '{d}'.") { Code = "BAD_USER_INPUT" }
                    : null;
                var minOutlets = where?.GetValueOrDefault("minOutlets") as int? ?? 0;
                if (minOutlets < 0) throw new ExecutionError($"'where.minOutlets' must be 0 or more; it was {minOutlets}.") { Code = "BAD_USER_INPUT" };
                var query = new EventQuery(await Side("subject"), await Side("object"),
                    (where?.GetValueOrDefault("types") as IEnumerable<object>)?.Cast<Core.RelationType>().ToList(), Day("dateFrom"), Day("dateTo"), minOutlets);
                return Paging.ToConnection(await Store(c).QueryEventsAsync(query, Paging.First(c), c.GetArgument<string?>("after"), c.CancellationToken));
            });
        Field<CountryType>("country").Description("A country by any name, alias or code, in English or Arabic: country(name: \"Russia\"), country(name: \"روسيا\"), country(name: \"RUS\").")
            .Argument<NonNullGraphType<StringGraphType>>("name", "A name, alias, capital or ISO code.")
            .ResolveAsync(async c => await Named(c, EntityType.Country));
        Field<PersonType>("person").Description("A person by any name or alias: person(name: \"Lavrov\"), person(name: \"لافروف\").")
            .Argument<NonNullGraphType<StringGraphType>>("name", "A name or alias.")
            .ResolveAsync(async c => await Named(c, EntityType.Person));
        Field<NonNullGraphType<StatementSearchConnectionType>>("searchStatements")
            .Description("Ranked full-text search over what was said, with Arabic normalisation (العقوبات matches بالعقوبات and عقوبات). Without a speaker, the embedded store ranks the latest 5,000 statements that match (all of them when fewer match) and the pages of one search keep that window; totalCount counts every match.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "Words to find, in any form.")
            .Argument<StringGraphType>("speaker", "Only statements by this speaker: an id or any name.")
            .Argument<IntGraphType>("first", $"Page size (default {Paging.DefaultPageSize}, at most {Paging.MaxPageSize}).")
            .Argument<StringGraphType>("after", "A cursor from a previous page.")
            .ResolveAsync(async c =>
            {
                var speaker = c.GetArgument<string?>("speaker");
                string? speakerId = null;
                if (speaker is not null)
                    speakerId = (await ResolveEntity(c, speaker, null))?.Id ?? throw new ExecutionError($"No speaker is named '{speaker}'.") { Code = "NOT_FOUND" };
                return await Store(c).SearchStatementsAsync(c.GetArgument<string>("text"), speakerId, Paging.First(c), c.GetArgument<string?>("after"), c.CancellationToken);
            });
        Field<ListGraphType<NonNullGraphType<PathStepType>>>("path")
            .Description("A shortest chain of relations between two entities (edges walked either way), each with its evidence; null when there is none within maxHops.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "An id or any name.")
            .Argument<NonNullGraphType<StringGraphType>>("to", "An id or any name.")
            .Argument<IntGraphType>("maxHops", $"At most this many edges (default 4, at most {GraphQueries.MaxHops}).", a => a.DefaultValue = 4)
            .ResolveAsync(async c =>
            {
                var from = await Required(c, "from");
                var to = await Required(c, "to");
                var hops = c.GetArgument("maxHops", 4);
                if (hops is < 1 or > GraphQueries.MaxHops) throw InputErrors.Hops(hops, GraphQueries.MaxHops);
                return await Queries(c).PathAsync(from.Id, to.Id, hops, c.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEntryType>>>>("timeline")
            .Description("Relations between two countries, each side's officials counted, by date, with Goldstein weights.")
            .Argument<NonNullGraphType<StringGraphType>>("a", "A country: id or any name.")
            .Argument<NonNullGraphType<StringGraphType>>("b", "A country: id or any name.")
            .ResolveAsync(async c => await Queries(c).TimelineAsync((await Required(c, "a")).Id, (await Required(c, "b")).Id, c.CancellationToken));
        AddTrendField();
    }

    private void AddTrendField() =>
        Field<NonNullGraphType<TrendType>>("trend")
            .Description("Acts between two countries in either direction (each side's officials counted) by week or month, with counts and Goldstein sums: trend(a: \"Russia\", b: \"Japan\", interval: MONTH).")
            .Argument<NonNullGraphType<StringGraphType>>("a", "A country: id or any name.")
            .Argument<NonNullGraphType<StringGraphType>>("b", "A country: id or any name.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", "Only these edge types; all event types when omitted.")
            .Argument<TrendIntervalEnum>("interval", "WEEK or MONTH (default).", a => a.DefaultValue = TrendInterval.Month)
            .ResolveAsync(async c =>
            {
                var (a, b) = (await Required(c, "a"), await Required(c, "b"));
                foreach (var (name, e) in new[] { ("a", a), ("b", b) })
                    if (e.Type is not (EntityType.Country or EntityType.Bloc))
                        throw new ExecutionError($"'{name}': a trend is between two countries (or blocs); '{e.Name}' is a {e.Type.ToString().ToLowerInvariant()}.") { Code = "BAD_USER_INPUT" };
                if (a.Id == b.Id) throw new ExecutionError($"'a' and 'b' are both {a.Name}: a trend is between two countries.") { Code = "BAD_USER_INPUT" };
                return await Queries(c).TrendAsync(a.Id, b.Id, c.GetArgument<List<Core.RelationType>?>("types"), c.GetArgument("interval", TrendInterval.Month), c.CancellationToken);
            });

    private static RelationQuery RelationQueryFrom(Dictionary<string, object?>? where, Dictionary<string, object?>? order)
    {
        var types = (where?.GetValueOrDefault("types") as IEnumerable<object>)?.Cast<Core.RelationType>().ToList();
        var sort = order?.Where(o => o.Value is not null).ToList() ?? [];
        if (sort.Count > 1) throw new ExecutionError("Give one sort field in 'order'.") { Code = "BAD_USER_INPUT" };
        var relationOrder = sort.SingleOrDefault() switch
        {
            { Key: null } => RelationOrder.Stored,
            { Key: "confidence", Value: "DESC" } => RelationOrder.ConfidenceDescending,
            { Key: "date", Value: "ASC" } => RelationOrder.DateAscending,
            { Key: "date", Value: "DESC" } => RelationOrder.DateDescending,
            var other => throw new ExecutionError($"Ordering by {other.Key} {other.Value} is not offered; use confidence: DESC or date: ASC/DESC.") { Code = "BAD_USER_INPUT" },
        };
        var minConfidence = where?.GetValueOrDefault("minConfidence") as double?;
        if (minConfidence is { } m && !(m is >= 0 and <= 1)) throw InputErrors.Confidence(m);
        return new RelationQuery(types, where?.GetValueOrDefault("subject") as string, where?.GetValueOrDefault("object") as string,
            DateArgument(where, "dateFrom"), DateArgument(where, "dateTo"), where?.GetValueOrDefault("outlet") as string, minConfidence, relationOrder);
    }

    /// <summary>A date filter as given (yyyy, yyyy-MM or yyyy-MM-dd, compared as text with stored dates), or BAD_USER_INPUT:
    /// "2024-13-45" used to match nothing, silently.</summary>
    private static string? DateArgument(Dictionary<string, object?>? where, string name) => CheckedDate(where?.GetValueOrDefault(name) as string, name);

    /// <summary>A date bound as given, or BAD_USER_INPUT (see <see cref="DateArgument"/>).</summary>
    internal static string? CheckedDate(string? value, string name)
    {
        if (value is null) return null;
        var ok = value.Length switch
        {
            4 => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _),
            7 => DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _),
            10 => DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _),
            _ => false,
        };
        return ok ? value : throw InputErrors.Date(name, value);
    }

    private static GraphQueries Queries(IResolveFieldContext c) => GraphRequestContext.Service(c, r => r.Queries);

    private static async Task<Entity?> Named(IResolveFieldContext c, EntityType kind) =>
        await ResolveEntity(c, c.GetArgument<string>("name"), kind) ?? throw new ExecutionError($"No {kind.ToString().ToLowerInvariant()} is named '{c.GetArgument<string>("name")}'.") { Code = "NOT_FOUND" };

    private static async Task<Entity> Required(IResolveFieldContext c, string argument)
    {
        var value = c.GetArgument<string>(argument);
        return await ResolveEntity(c, value, null) ?? throw new ExecutionError($"'{argument}': nothing has the id or name '{value}'.") { Code = "NOT_FOUND" };
    }

    /// <summary>An entity by id (Label:key) or, failing that, by any name; the most mentioned wins when several share a name.</summary>
    private static async Task<Entity?> ResolveEntity(IResolveFieldContext c, string idOrName, EntityType? kind)
    {
        if (Ids.LabelOf(idOrName) is { } label && Enum.TryParse<EntityType>(label, out var t) && (kind is null || kind == t)
            && await Loaders.Of(c).Entities.Load(idOrName).GetResultAsync() is { } byId)
            return byId;
        var page = await Store(c).FindEntitiesAsync(new EntityFilter(idOrName, kind), 20, null, c.CancellationToken);
        if (page.Items.Count <= 1) return page.Items.FirstOrDefault()?.Node;
        var counts = await Store(c).CountMentionsAsync(page.Items.Select(i => i.Node.Id).ToList(), c.CancellationToken);
        return page.Items.Select(i => i.Node).OrderByDescending(e => counts.GetValueOrDefault(e.Id)).ThenBy(e => e.Id, StringComparer.Ordinal).First();
    }
}
