using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>A counterpart's count is the number of acts: within one article, a headline naming the country and the body
/// naming its minister for the same criticism are one act, with both as its actors and every sentence as its evidence.</summary>
public sealed class RollUpCountingTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private const string Counterparts = """
        query($country: String!) {
          country(name: $country) {
            counterparts(types: [CRITICIZED]) {
              entity { id } count relationCount
              events { type date byCountry via { name } evidence { sentence } articles { id } }
            }
          }
        }
        """;

    private async Task<string> IngestAsync(string text, string? outlet = null, string? publishedAt = null)
    {
        var result = await service.QueryAsync(ServiceFixture.Ingest, new { input = new { text, outlet, publishedAt } });
        return result.GetProperty("data").GetProperty("ingestArticle").GetProperty("article").GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> CounterpartAsync(string country, string counterpart)
    {
        var data = await service.QueryAsync(Counterparts, new { country });
        Assert.False(data.TryGetProperty("errors", out var errors), errors.ToString());
        return Assert.Single(data.GetProperty("data").GetProperty("country").GetProperty("counterparts").EnumerateArray(),
            g => g.GetProperty("entity").GetProperty("id").GetString() == counterpart);
    }

    [Fact]
    public async Task A_headline_naming_the_country_and_a_body_naming_its_minister_are_one_act()
    {
        var article = await IngestAsync("""
            فرنسا تنتقد إيران بسبب برنامجها الصاروخي

            انتقد وزير الخارجية الفرنسي جان إيف لودريان إيران يوم الثلاثاء بسبب برنامجها للصواريخ الباليستية، وقال إن على طهران أن توقف تجاربها.
            """);
        var iran = await CounterpartAsync("France", "Country:IRN");
        Assert.Equal(1, iran.GetProperty("count").GetInt32());
        Assert.Equal(2, iran.GetProperty("relationCount").GetInt32());
        var act = Assert.Single(iran.GetProperty("events").EnumerateArray());
        Assert.Equal([article], act.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.True(act.GetProperty("byCountry").GetBoolean());
        Assert.Equal(["Jean-Yves Le Drian"], act.GetProperty("via").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        var sentences = act.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("sentence").GetString()!).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Contains(sentences, s => s.StartsWith("فرنسا تنتقد إيران"));
        Assert.Contains(sentences, s => s.StartsWith("انتقد وزير الخارجية الفرنسي"));

        // Another undated article reporting an act is another act: nothing tells that it is the same one.
        await IngestAsync("انتقدت فرنسا إيران مرة أخرى بسبب تجارب الصواريخ.");
        iran = await CounterpartAsync("France", "Country:IRN");
        Assert.Equal(2, iran.GetProperty("count").GetInt32());
        Assert.Equal(3, iran.GetProperty("relationCount").GetInt32());
    }

    [Fact]
    public async Task Acts_the_text_dates_differently_are_counted_apart()
    {
        await IngestAsync("انتقدت ألمانيا تركيا في 3 يناير بسبب اعتقال صحفيين. وفي 10 يناير انتقد وزير الخارجية الألماني زيغمار غابرييل تركيا مجددا بسبب حملة الاعتقالات.");
        var turkey = await CounterpartAsync("Germany", "Country:TUR");
        Assert.Equal(2, turkey.GetProperty("count").GetInt32());
        var acts = turkey.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["--01-03", "--01-10"], acts.Select(a => a.GetProperty("date").GetString()));
        Assert.True(acts[0].GetProperty("byCountry").GetBoolean());
        Assert.Empty(acts[0].GetProperty("via").EnumerateArray());
        Assert.False(acts[1].GetProperty("byCountry").GetBoolean());
        Assert.Equal("Sigmar Gabriel", Assert.Single(acts[1].GetProperty("via").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task One_act_reported_by_two_outlets_is_one_event_with_both_sentences()
    {
        var first = await IngestAsync("""
            اليابان تفرض عقوبات على كوريا الشمالية

            فرضت الحكومة اليابانية عقوبات جديدة على كوريا الشمالية بسبب تجاربها الصاروخية.
            """, "NHK", "2023-03-14");
        var second = await IngestAsync("فرضت اليابان الثلاثاء عقوبات على كوريا الشمالية تشمل تجميد أصول أفراد وكيانات.", "Kyodo", "2023-03-15");
        var data = await service.QueryAsync("""
            {
              events(where: {subject: "Japan", object: "PRK", types: [SANCTIONED]}) {
                totalCount
                edges { node { outlets outletCount firstReported lastReported articles { id } reports { evidence { sentence } article { outlet } } } }
              }
              country(name: "Japan") { counterparts(types: [SANCTIONED]) { entity { id } count relationCount outlets } }
            }
            """);
        Assert.False(data.TryGetProperty("errors", out var errors), errors.ToString());
        var events = data.GetProperty("data").GetProperty("events");
        Assert.Equal(1, events.GetProperty("totalCount").GetInt32());
        var act = events.GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(2, act.GetProperty("outletCount").GetInt32());
        Assert.Equal(["Kyodo", "NHK"], act.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(("2023-03-14", "2023-03-15"), (act.GetProperty("firstReported").GetString(), act.GetProperty("lastReported").GetString()));
        Assert.Equal(new[] { first, second }.Order(), act.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).Order());
        var sentences = act.GetProperty("reports").EnumerateArray().SelectMany(r => r.GetProperty("evidence").EnumerateArray()).Select(e => e.GetProperty("sentence").GetString()!).ToList();
        Assert.Contains(sentences, s => s.Contains("الحكومة اليابانية"));
        Assert.Contains(sentences, s => s.Contains("تجميد أصول"));

        var korea = Assert.Single(data.GetProperty("data").GetProperty("country").GetProperty("counterparts").EnumerateArray(),
            g => g.GetProperty("entity").GetProperty("id").GetString() == "Country:PRK");
        Assert.Equal(1, korea.GetProperty("count").GetInt32());
        Assert.Equal(["Kyodo", "NHK"], korea.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()));

        await IngestAsync("فرضت اليابان عقوبات إضافية على كوريا الشمالية بعد إطلاق صاروخ باليستي.", "NHK", "2023-05-02");
        var trend = await service.QueryAsync("""
            { month: trend(a: "Japan", b: "North Korea") { buckets { start end count goldstein events { type articles { id } } } undated { type } }
              week: trend(a: "PRK", b: "JPN", interval: WEEK, types: [SANCTIONED]) { buckets { start end count } } }
            """);
        Assert.False(trend.TryGetProperty("errors", out errors), errors.ToString());
        var months = trend.GetProperty("data").GetProperty("month").GetProperty("buckets").EnumerateArray().ToList();
        Assert.Equal([("2023-03-01", "2023-03-31", 1), ("2023-05-01", "2023-05-31", 1)],
            months.Select(m => (m.GetProperty("start").GetString(), m.GetProperty("end").GetString(), m.GetProperty("count").GetInt32())));
        Assert.Equal(-8.0, months[0].GetProperty("goldstein").GetDouble()); // one act of SANCTIONED (CAMEO 163), reported twice
        Assert.Equal(2, months[0].GetProperty("events")[0].GetProperty("articles").GetArrayLength());
        var weeks = trend.GetProperty("data").GetProperty("week").GetProperty("buckets").EnumerateArray().ToList();
        Assert.Equal(["2023-03-13", "2023-05-01"], weeks.Select(w => w.GetProperty("start").GetString()));

        await IngestAsync("قال وزير الخارجية الروسي سيرغي لافروف إن موسكو سترد.", "TASS", "2023-05-03");
        foreach (var (a, b) in new[] { ("Japan", "Japan"), ("Japan", "Lavrov") })
        {
            var refused = await service.QueryAsync($$"""{ trend(a: "{{a}}", b: "{{b}}") { buckets { start } } }""");
            Assert.Equal("BAD_USER_INPUT", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }
}
