using Graph.Core;

namespace Graph.Storage.Tests;

/// <summary>A small hand-made extraction: Russia, Japan, a Russian minister, one statement and two relations.</summary>
public static class TestGraph
{
    public const string Text = "قال وزير الخارجية الروسي سيرجي لافروف إن اليابان فرضت عقوبات على روسيا.";

    public static Article Article(string text = Text) => new(Ids.Article(text), text, "title", null, "TASS", new DateOnly(2024, 4, 9), "ar");

    public static ExtractionResult Extraction(Article article)
    {
        var russia = new Entity("Country:RUS", EntityType.Country, "Russia", new Dictionary<string, string> { ["en"] = "Russia", ["ar"] = "روسيا" }, ["موسكو"], "RU", "RUS");
        var japan = new Entity("Country:JPN", EntityType.Country, "Japan", new Dictionary<string, string> { ["en"] = "Japan", ["ar"] = "اليابان" }, ["طوكيو"], "JP", "JPN");
        var lavrov = new Entity("Person:sergey-lavrov", EntityType.Person, "Sergey Lavrov", new Dictionary<string, string> { ["en"] = "Sergey Lavrov", ["ar"] = "سيرجي لافروف" }, ["لافروف"]);
        var statement = new Statement(Ids.Statement(article.Id, 39, 71), article.Id, lavrov.Id, article.Text[39..71], StatementKind.Paraphrase, 39, 71, 0, article.Text.Length, "ar", Modality: Modality.Future);
        var evidence = new Evidence(article.Text, 0, article.Text.Length, 50, 55, statement.Id);
        return new ExtractionResult(
            [russia, japan, lavrov],
            [new Mention(lavrov.Id, 25, 37, "name", article.Text[25..37]), new Mention(japan.Id, 42, 49, "name", article.Text[42..49])],
            [statement],
            [
                new Relation(Ids.Relation(article.Id, RelationType.Sanctioned, japan.Id, russia.Id), article.Id, RelationType.Sanctioned, japan.Id, russia.Id, 0.8, [evidence]),
                new Relation(Ids.Relation(article.Id, RelationType.AffiliatedWith, lavrov.Id, russia.Id), article.Id, RelationType.AffiliatedWith, lavrov.Id, russia.Id, 0.9,
                    [evidence with { StatementId = null }], Role: "Foreign Minister"),
            ]);
    }
}
