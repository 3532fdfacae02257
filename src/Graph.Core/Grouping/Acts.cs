namespace Graph.Core.Grouping;

/// <summary>Reports of one act within an article: the relations with the same type and sides that the text does not date
/// differently. A headline naming a country, its lead naming the minister and the body quoting him report one act; two
/// criticisms dated 3 and 10 January are two.</summary>
public static class Acts
{
    /// <summary>Splits items that share a type and sides by the date the text gives each (a full or partial date): one
    /// group a distinct date, an undated item going with the first; all in one group when at most one date is given.</summary>
    public static IEnumerable<(string? Date, List<T> Items)> ByDate<T>(IReadOnlyCollection<T> items, Func<T, string?> date)
    {
        var dates = items.Select(date).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        if (dates.Count <= 1)
        {
            yield return (dates.FirstOrDefault(), items.ToList());
            yield break;
        }
        foreach (var d in dates)
            yield return (d, items.Where(i => date(i) == d || date(i) is null && d == dates[0]).ToList());
    }

    /// <summary>How many distinct dates the items give: at most one means <see cref="ByDate{T}"/> keeps them together.</summary>
    public static int DateCount<T>(IReadOnlyList<T> items, Func<T, string?> date)
    {
        string? first = null;
        foreach (var item in items)
            if (date(item) is { } d)
            {
                if (first is null) first = d;
                else if (d != first) return 2;
            }
        return first is null ? 0 : 1;
    }

    /// <summary>A full date (yyyy-MM-dd) as a day number, or null for a partial one or none.</summary>
    public static int? Day(string? date) =>
        date is { Length: 10 } && DateOnly.TryParseExact(date, "yyyy-MM-dd", out var d) ? d.DayNumber : null;
}
