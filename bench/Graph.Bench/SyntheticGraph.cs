using Graph.Core;
using Graph.Extraction;

namespace Graph.Bench;

/// <summary>Articles of realistic shape for load: countries drawn with a Zipf law (a few in most news, many rarely),
/// a pool of officials who each hold an office for a country, statements by them, and typed relations with evidence.
/// Deterministic for a given seed.</summary>
public sealed class SyntheticGraph(int seed = 7)
{
    private static readonly RelationType[] EventTypes =
    [
        RelationType.Met, RelationType.Visited, RelationType.Praised, RelationType.Thanked, RelationType.Supported, RelationType.Cooperated,
        RelationType.Urged, RelationType.Criticized, RelationType.Accused, RelationType.Warned, RelationType.Threatened, RelationType.Sanctioned,
    ];
    private static readonly string[] Words = "قال إن العقوبات الحوار التعاون الأمن الاقتصاد الحرب السلام المفاوضات الشراكة الموقف الدولي الطاقة التجارة الحدود".Split(' ');

    private readonly Random _random = new(seed);
    private readonly Entity[] _countries = Gazetteer.Default.Entities.Values.Where(e => e.Type == EntityType.Country).OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.ToEntity()).ToArray();
    private readonly List<(Entity Person, string Country, string Role)> _officials = [];

    public (Article Article, ExtractionResult Extraction) Next(int n)
    {
        if (_officials.Count == 0) MakeOfficials(3000);
        var text = string.Join(' ', Enumerable.Range(0, 300).Select(_ => Word())) + $" {n}.";
        var article = new Article(Ids.Article(text), text, $"Synthetic {n}", null, $"Outlet {n % 40}",
            new DateOnly(2020, 1, 1).AddDays(n % 2000), "ar");
        var countries = Enumerable.Range(0, _random.Next(2, 5)).Select(_ => Zipf()).Distinct().ToList();
        var people = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => _officials[_random.Next(_officials.Count)]).DistinctBy(p => p.Person.Id).ToList();
        var entities = countries.Concat(people.Select(p => p.Person)).Concat(people.Select(p => _countries.First(c => c.Id == p.Country))).DistinctBy(e => e.Id).ToList();
        var actors = entities.Select(e => e.Id).ToList();
        var mentions = entities.Select((e, i) => new Mention(e.Id, i * 10, i * 10 + 5, "name", text[(i * 10)..(i * 10 + 5)])).ToList();
        var statements = people.SelectMany(p => Enumerable.Range(0, _random.Next(1, 3)).Select(k =>
        {
            var start = _random.Next(0, text.Length - 200);
            var end = start + 100 + _random.Next(80);
            return new Statement(Ids.Statement(article.Id, start, end), article.Id, p.Person.Id, text[start..end], StatementKind.Quote, start, end, start, end, "ar");
        })).DistinctBy(s => s.Id).ToList();
        var relations = new List<Relation>();
        foreach (var p in people)
            relations.Add(Make(article, RelationType.AffiliatedWith, p.Person.Id, p.Country, text, null, p.Role));
        for (var k = _random.Next(4, 9); k > 0; k--)
        {
            var s = actors[_random.Next(actors.Count)];
            var o = actors[_random.Next(actors.Count)];
            if (s == o) continue;
            var said = statements.FirstOrDefault(x => x.SpeakerId == s);
            relations.Add(Make(article, EventTypes[_random.Next(EventTypes.Length)], s, o, text, said?.Id, null));
        }
        return (article, new ExtractionResult(entities, mentions, statements, relations.DistinctBy(r => r.Id).ToList()));
    }

    private Relation Make(Article article, RelationType type, string s, string o, string text, string? statement, string? role)
    {
        var start = _random.Next(0, text.Length - 120);
        var evidence = new Evidence(text[start..(start + 100)], start, start + 100, start + 10, start + 15, statement);
        return new Relation(Ids.Relation(article.Id, type, s, o), article.Id, type, s, o, Math.Round(0.5 + _random.NextDouble() / 2, 2), [evidence], Role: role);
    }

    /// <summary>A word of a Zipf-distributed vocabulary: news words (العقوبات …) among 5,000 made-up ones, so a term's frequency is realistic.</summary>
    private string Word()
    {
        var rank = (int)Math.Min(4999, Math.Floor(Math.Pow(5000, _random.NextDouble())));
        if (rank < Words.Length * 10 && rank % 10 == 9) return Words[rank / 10];
        const string letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        var chars = new char[3 + rank % 5];
        for (var i = 0; i < chars.Length; i++) chars[i] = letters[(rank * (i + 7) + i * i) % letters.Length];
        return new string(chars);
    }

    private Entity Zipf()
    {
        // P(rank k) ∝ 1/k over the countries, by a fixed shuffled ranking.
        var h = 0.0;
        for (var k = 1; k <= _countries.Length; k++) h += 1.0 / k;
        var u = _random.NextDouble() * h;
        for (var k = 1; k <= _countries.Length; k++)
        {
            u -= 1.0 / k;
            if (u <= 0) return _countries[(k * 37) % _countries.Length];
        }
        return _countries[^1];
    }

    private void MakeOfficials(int count)
    {
        string[] roles = ["Foreign Minister", "President", "Ambassador", "Defense Minister", "Spokesperson", "Director"];
        for (var i = 0; i < count; i++)
        {
            var name = $"Person {i}";
            var person = new Entity(Ids.Entity(EntityType.Person, $"synthetic-{i}"), EntityType.Person, name,
                new Dictionary<string, string> { ["en"] = name }, [$"P{i}"], NameIsTransliteration: true);
            _officials.Add((person, Zipf().Id, roles[i % roles.Length]));
        }
    }
}
