using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class TimelineEntryType : ObjectGraphType<TimelineEntry>
{
    public TimelineEntryType()
    {
        Name = "TimelineEntry";
        Description = "A relation between two countries on their timeline.";
        Field<StringGraphType>("date").Description($"The date the text gives, else the article's, else what the text gives without a year: {DateText.Forms}; null when nothing is known. Ordered full dates first, then partial ones, then null.").Resolve(c => c.Source.Date);
        Field<StringGraphType>("dateText").Description("The date for people to read: 10 January 2025, or 10 January, year not given.").Resolve(c => DateText.Describe(c.Source.Date));
        Field<FloatGraphType>("goldstein").Description("The Goldstein weight of the relation's type (-10 hostile … +10 cooperative).").Resolve(c => c.Source.Goldstein);
        Field<NonNullGraphType<RolledUpRelationType>>("entry").Description("The relation, with the official who acted.").Resolve(c => c.Source.Relation);
    }
}
