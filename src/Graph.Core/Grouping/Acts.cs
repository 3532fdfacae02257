namespace Graph.Core.Grouping;

/// <summary>Reports of one act within an article: the relations with the same type and sides that the text does not date
/// differently. A headline naming a country, its lead naming the minister and the body quoting him report one act; two
/// criticisms dated 3 and 10 January are two.</summary>
public static class Acts
{
    /// <summary>Splits items that share a type and sides by the date the text gives each (a full or partial date): one
    /// group a distinct date, an undated item going with the first; all in one group when at most one date is given (then
    /// <paramref name="items"/> itself when it is a list).</summary>
    public static IEnumerable<(string? Date, List<T> Items)> ByDate<T>(IReadOnlyList<T> items, Func<T, string?> date)
    {
        // Most groups give one date or none: kept whole, unsorted (a list is handed back as it is, not copied).
        if (!HasSeveralDates(items, date))
        {
            string? only = null;
            foreach (var item in items)
                if ((only = date(item)) is not null) break;
            yield return (only, items as List<T> ?? [.. items]);
            yield break;
        }
        var dates = items.Select(date).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var d in dates)
            yield return (d, items.Where(i => date(i) == d || date(i) is null && d == dates[0]).ToList());
    }

    /// <summary>Whether the items give more than one date (<see cref="ByDate{T}"/> would split them).</summary>
    public static bool HasSeveralDates<T>(IReadOnlyList<T> items, Func<T, string?> date)
    {
        string? only = null;
        for (var i = 0; i < items.Count; i++)
            if (date(items[i]) is { } d && (only ??= d) != d) return true;
        return false;
    }

    /// <summary>A full date (yyyy-MM-dd) as a day number, or null for a partial one or none.</summary>
    public static int? Day(string? date) =>
        date is { Length: 10 } && DateOnly.TryParseExact(date, "yyyy-MM-dd", out var d) ? d.DayNumber : null;
}
