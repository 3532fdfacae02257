using System.Globalization;
using Graph.Core;

namespace Graph.Storage.Neo4j;

/// <summary>The graph's records as Neo4j property maps (the parameters of the write statements). Neo4j lists hold no nulls,
/// so evidence is kept as parallel lists with "" for "no statement". Order keys (<c>seq</c>) and what a relation copies from its
/// article (outlet, date) are set by the statements themselves, so a replayed export keys them in the target database.</summary>
internal static class Props
{
    public static Dictionary<string, object?> Of(Article a) => new()
    {
        ["text"] = a.Text,
        ["title"] = a.Title,
        ["url"] = a.Url,
        ["outlet"] = a.Outlet,
        ["publishedAt"] = Day(a.PublishedAt),
        ["language"] = a.Language,
        ["ingestedAt"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, object?> Of(Entity e)
    {
        var own = new HashSet<string>(e.Labels.Values.Append(e.Name), StringComparer.Ordinal);
        var aliases = e.Aliases.Concat(new[] { e.Iso2, e.Iso3 }.OfType<string>()).Where(a => !own.Contains(a)).Distinct().ToList();
        var keys = own.Concat(aliases).Select(ArabicFolding.Key).Where(k => k.Length > 0).Distinct().ToList();
        var props = new Dictionary<string, object?>
        {
            ["id"] = e.Id,
            ["type"] = e.Type.ToString(),
            ["name"] = e.Name,
            ["iso2"] = e.Iso2,
            ["iso3"] = e.Iso3,
            ["transliterated"] = e.NameIsTransliteration,
        };
        foreach (var (lang, label) in e.Labels) props["label_" + lang] = label;
        return new() { ["id"] = e.Id, ["type"] = e.Type.ToString(), ["props"] = props, ["aliases"] = aliases, ["keys"] = keys };
    }

    public static Dictionary<string, object?> Of(Mention m) => new()
    {
        ["entity"] = m.EntityId,
        ["start"] = m.Start,
        ["end"] = m.End,
        ["kind"] = m.Kind,
        ["text"] = m.Text,
    };

    public static Dictionary<string, object?> Of(Statement s, string articleId, string ordinal) => new()
    {
        ["id"] = s.Id,
        ["ordinal"] = ordinal,
        ["speaker"] = s.SpeakerId,
        ["source"] = s.SourceId,
        ["props"] = new Dictionary<string, object?>
        {
            ["id"] = s.Id,
            ["articleId"] = articleId,
            ["speakerId"] = s.SpeakerId,
            ["sourceId"] = s.SourceId,
            ["text"] = s.Text,
            ["kind"] = s.Kind.ToString(),
            ["start"] = s.Start,
            ["end"] = s.End,
            ["sentenceStart"] = s.SentenceStart,
            ["sentenceEnd"] = s.SentenceEnd,
            ["language"] = s.Language,
            ["headline"] = s.Headline,
            ["modality"] = s.Modality.ToString(),
            ["terms"] = string.Join(' ', SearchTerms.Of(s.Text)),
            ["quoteKey"] = Graph.Core.Grouping.SameQuote.Key(s),
        },
    };

    public static Dictionary<string, object?> Of(Relation r, string ordinal, string? eventId = null)
    {
        var info = r.Info;
        var props = new Dictionary<string, object?>
        {
            ["confidence"] = r.Confidence,
            ["modality"] = r.Modality.ToString(),
            ["date"] = r.Date,
            ["role"] = r.Role,
            ["eventId"] = eventId,
            // The roll-up rule, decided once at write time: a government office of a person for a country.
            ["government"] = r.Type == RelationType.AffiliatedWith && Roles.IsGovernment(r.Role)
                && r.SubjectId.StartsWith("Person:", StringComparison.Ordinal) && r.ObjectId.StartsWith("Country:", StringComparison.Ordinal),
            ["cameo"] = info.Cameo,
            ["goldstein"] = info.Goldstein,
        };
        if (r.Evidence.Count > 0)
        {
            props["evidenceSentence"] = r.Evidence.Select(e => e.Sentence).ToList();
            props["evidenceSentenceStart"] = r.Evidence.Select(e => e.SentenceStart).ToList();
            props["evidenceSentenceEnd"] = r.Evidence.Select(e => e.SentenceEnd).ToList();
            props["evidenceStart"] = r.Evidence.Select(e => e.Start).ToList();
            props["evidenceEnd"] = r.Evidence.Select(e => e.End).ToList();
            props["evidenceStatement"] = r.Evidence.Select(e => e.StatementId ?? "").ToList();
        }
        return new() { ["id"] = r.Id, ["ordinal"] = ordinal, ["subject"] = r.SubjectId, ["object"] = r.ObjectId, ["props"] = props };
    }

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
