using System.Globalization;
using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class TrendIntervalEnum : EnumerationGraphType<TrendInterval>
{
    public TrendIntervalEnum()
    {
        Name = "TrendInterval";
        Description = "WEEK (from Monday) or MONTH.";
    }
}

public sealed class TrendType : ObjectGraphType<Trend>
{
    public TrendType()
    {
        Name = "Trend";
        Description = "Acts between two countries (each side's officials counted) by week or month: counts and Goldstein sums.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrendBucketType>>>>("buckets").Description("The weeks or months with acts, in date order.").Resolve(c => c.Source.Buckets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RolledUpEventType>>>>("undated").Description("Acts no date could be given: neither the text nor an article dates them.").Resolve(c => c.Source.Undated);
    }
}

public sealed class TrendBucketType : ObjectGraphType<TrendBucket>
{
    public TrendBucketType()
    {
        Name = "TrendBucket";
        Description = "One week or month: its acts, how many, and the sum of their Goldstein weights (-10 hostile … +10 cooperative, per act).";
        Field<NonNullGraphType<StringGraphType>>("start").Description("The first day (yyyy-MM-dd).").Resolve(c => c.Source.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("end").Description("The last day (yyyy-MM-dd).").Resolve(c => c.Source.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many acts.").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<FloatGraphType>>("goldstein").Description("The sum of the acts' Goldstein weights.").Resolve(c => c.Source.Goldstein);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RolledUpEventType>>>>("events").Description("The acts, each with who acted and every sentence that reports it.").Resolve(c => c.Source.Events);
    }
}
