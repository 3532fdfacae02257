using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class TimelineEntryType : ObjectGraphType<TimelineEntry>
{
    public TimelineEntryType()
    {
        Name = "TimelineEntry";
        Description = "A relation between two countries on their timeline.";
        Field<StringGraphType>("date").Description("The date the text gives, else the article's (yyyy-MM-dd); null when neither is known.").Resolve(c => c.Source.Date);
        Field<FloatGraphType>("goldstein").Description("The Goldstein weight of the relation's type (-10 hostile … +10 cooperative).").Resolve(c => c.Source.Goldstein);
        Field<NonNullGraphType<RolledUpRelationType>>("entry").Description("The relation, with the official who acted.").Resolve(c => c.Source.Relation);
    }
}
