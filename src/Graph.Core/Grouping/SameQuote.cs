namespace Graph.Core.Grouping;

/// <summary>The same quote reported by several articles: the same speaker and the same words once folded, without
/// clitics, the article, punctuation or spacing (<see cref="SearchTerms"/>), so «إن العقوبات لن تنجح» and «ان العقوبات
/// لن تنجح.» are one quote. A statement without a speaker has no key.</summary>
public static class SameQuote
{
    public static string? Key(Statement statement) =>
        statement.SpeakerId is { } speaker && SearchTerms.Of(statement.Text).ToList() is { Count: > 0 } terms
            ? speaker + "|" + Ids.Short(string.Join(' ', terms))
            : null;
}
