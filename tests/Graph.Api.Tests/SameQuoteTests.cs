namespace Graph.Api.Tests;

/// <summary>The same words of the same speaker in two outlets' articles are one quote: each statement lists the other
/// (sameQuote) and both outlets (reportedBy).</summary>
public sealed class SameQuoteTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task A_quote_carried_by_two_outlets_names_both()
    {
        foreach (var (text, outlet) in new[]
                 {
                     ("قال وزير الخارجية الروسي سيرغي لافروف يوم الاثنين إن \"العقوبات الغربية لن تغير موقف موسكو من الأزمة\".", "TASS"),
                     ("موسكو - أكد سيرغي لافروف في مؤتمر صحفي أن \"العقوبات الغربية لن تغير موقف موسكو من الأزمة\".", "RIA Novosti"),
                 })
        {
            var ingested = await service.QueryAsync(ServiceFixture.Ingest, new { input = new { text, outlet, publishedAt = "2024-04-09" } });
            Assert.False(ingested.TryGetProperty("errors", out var e), e.ToString());
        }
        var data = await service.QueryAsync("""
            { person(name: "Lavrov") { statements { text reportedBy sameQuote { article { outlet } } article { outlet } } } }
            """);
        Assert.False(data.TryGetProperty("errors", out var errors), errors.ToString());
        var quotes = data.GetProperty("data").GetProperty("person").GetProperty("statements").EnumerateArray()
            .Where(s => s.GetProperty("text").GetString()!.Contains("العقوبات الغربية")).ToList();
        Assert.Equal(2, quotes.Count);
        foreach (var quote in quotes)
        {
            Assert.Equal(["RIA Novosti", "TASS"], quote.GetProperty("reportedBy").EnumerateArray().Select(o => o.GetString()));
            var other = Assert.Single(quote.GetProperty("sameQuote").EnumerateArray()).GetProperty("article").GetProperty("outlet").GetString();
            Assert.NotEqual(quote.GetProperty("article").GetProperty("outlet").GetString(), other);
        }
    }
}
