using System.Globalization;

namespace Graph.Api.GraphQL;

/// <summary>A relation's date for people to read, saying what is known: «10 January 2025», «January 2025», «10 January, year not
/// given». The stored forms are yyyy-MM-dd, yyyy-MM and --MM-dd (ISO 8601's day and month without a year).</summary>
public static class DateText
{
    /// <summary>What the date fields' descriptions say about their forms (one wording for the schema).</summary>
    public const string Forms = "yyyy-MM-dd; yyyy-MM when the text names only a month and year; --MM-dd (ISO 8601, day and month) when the text gives no year and the article has no date to take it from";

    public static string? Describe(string? date)
    {
        if (date is null) return null;
        var english = CultureInfo.InvariantCulture;
        if (date.StartsWith("--", StringComparison.Ordinal)
            && DateTime.TryParseExact("2000" + date[1..], "yyyy-MM-dd", english, DateTimeStyles.None, out var dayMonth))
            return dayMonth.ToString("d MMMM", english) + ", year not given";
        if (DateTime.TryParseExact(date, "yyyy-MM-dd", english, DateTimeStyles.None, out var full)) return full.ToString("d MMMM yyyy", english);
        if (DateTime.TryParseExact(date, "yyyy-MM", english, DateTimeStyles.None, out var month)) return month.ToString("MMMM yyyy", english);
        return date;
    }
}
