namespace Graph.Core;

public enum TrendInterval { Week, Month }

/// <summary>The acts between two countries (each side's officials counted, see <see cref="GraphQueries.Events"/>) in one
/// week (from Monday) or month: how many, and the sum of their types' Goldstein weights (-10 hostile … +10 cooperative).</summary>
public sealed record TrendBucket(DateOnly Start, DateOnly End, IReadOnlyList<RolledUpEvent> Events)
{
    public int Count => Events.Count;

    public double Goldstein => Events.Sum(e => RelationTypeInfo.Of(e.Type).Goldstein ?? 0);

    public static DateOnly StartOf(DateOnly day, TrendInterval interval) => interval == TrendInterval.Week
        ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7))
        : new DateOnly(day.Year, day.Month, 1);

    public static DateOnly EndOf(DateOnly start, TrendInterval interval) =>
        interval == TrendInterval.Week ? start.AddDays(6) : start.AddMonths(1).AddDays(-1);
}

/// <summary>A trend: the buckets that have acts, in date order, and the acts no date could be given (neither the text nor
/// any article dates them).</summary>
public sealed record Trend(IReadOnlyList<TrendBucket> Buckets, IReadOnlyList<RolledUpEvent> Undated);
