using System.Globalization;

namespace Graph.Extraction;

/// <summary>The date the text gives for an act, near its cue: "في 10 يناير"، "10 يناير 2024"، "فبراير 2022". With a year: yyyy-MM-dd (or yyyy-MM);
/// without one, the year comes from the article's date when it is known (the latest such date not after it), else --MM-dd.</summary>
public static class DateFinder
{
    /// <summary>Words between a cue and its date at most: a date further away belongs to something else in the sentence.</summary>
    public const int MaxDistance = 8;

    public static string? Near(Document doc, Sentence sentence, int cueStart, int cueEnd, Gazetteer gazetteer, DateOnly? published)
    {
        var from = Math.Max(sentence.FirstToken, cueStart - MaxDistance);
        var to = Math.Min(sentence.EndToken, cueEnd + MaxDistance);
        for (var k = from; k < to; k++)
        {
            if (gazetteer.Months.Match(doc.Tokens, k, sentence.EndToken, stripClitics: false) is not { } month) continue;
            int? day = k > sentence.FirstToken && int.TryParse(doc.Tokens[k - 1].Folded, out var d) && d is >= 1 and <= 31 ? d : null;
            int? year = month.End < sentence.EndToken && int.TryParse(doc.Tokens[month.End].Folded, out var y) && y is >= 1900 and <= 2100 ? y : null;
            if (day is null && year is null) continue;
            if (year is null && published is { } p) year = month.Value > p.Month || month.Value == p.Month && day > p.Day ? p.Year - 1 : p.Year;
            if (day is { } dd && year is { } yy && dd <= DateTime.DaysInMonth(yy, month.Value))
                return new DateOnly(yy, month.Value, dd).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (day is { } dayOnly) return $"--{month.Value:00}-{dayOnly:00}";
            return $"{year:0000}-{month.Value:00}";
        }
        return null;
    }
}
