using Graph.Core;
using System.Text.RegularExpressions;

namespace Graph.Ingestion;

/// <summary>What an article's fields may hold besides its text, and the messages when they do not: each field's length,
/// valid Unicode everywhere, a url with an http or https scheme (a javascript: url was stored once), a BCP 47 language tag.</summary>
public static partial class ArticleRules
{
    public const int MaxTitleLength = 500;
    public const int MaxOutletLength = 200;
    public const int MaxUrlLength = 2048;
    public const int MaxLanguageLength = 35;

    /// <summary>Throws <see cref="IngestException"/> saying which field is wrong and how.</summary>
    public static void Check(ArticleInput input)
    {
        if (!JsonText.IsValid(input.Text ?? ""))
            throw new IngestException(IngestException.InvalidText, "The article text holds a lone surrogate (such as \\ud800): send valid Unicode text.");
        Field("title", input.Title, MaxTitleLength);
        Field("outlet", input.Outlet, MaxOutletLength);
        Field("url", input.Url, MaxUrlLength);
        Field("language", input.Language, MaxLanguageLength);
        if (!string.IsNullOrWhiteSpace(input.Url)
            && !(Uri.TryCreate(input.Url.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)))
            throw Bad($"'url' must be an absolute http or https address; '{Short(input.Url)}' is not one.");
        if (!string.IsNullOrWhiteSpace(input.Language) && !Bcp47().IsMatch(input.Language.Trim()))
            throw Bad($"'language' must be a BCP 47 tag such as ar, en or ar-EG; '{Short(input.Language)}' is not one.");
    }

    private static void Field(string name, string? value, int max)
    {
        if (value is null) return;
        if (!JsonText.IsValid(value)) throw Bad($"'{name}' holds a lone surrogate (such as \\ud800): send valid Unicode text.");
        if (value.Length > max) throw Bad($"'{name}' is {value.Length:N0} characters long; at most {max:N0}.");
    }

    private static IngestException Bad(string message) => new(IngestException.BadField, message);

    private static string Short(string value) => value.Length <= 40 ? value : value[..40] + "…";

    /// <summary>Language, then optional script, region and variants (RFC 5646 in outline; private use x-… allowed).</summary>
    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-x(-[A-Za-z0-9]{1,8})+)?$")]
    private static partial Regex Bcp47();
}
