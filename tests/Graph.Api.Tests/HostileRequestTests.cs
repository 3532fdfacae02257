using System.Diagnostics;
using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>Issue 14's requests against the real program: each gets its 4xx and code within a second, the server's working
/// set stays within 100 MB of where it started, and the marquee query answers within 100 ms right after.</summary>
public sealed class HostileRequestTests(HostileServer server) : IClassFixture<HostileServer>
{
    private static readonly object Report = new();

    public static TheoryData<string> Attacks => new(Hostile.All().Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Each_hostile_request_gets_a_4xx_with_its_code_within_a_second_and_costs_the_server_nothing_lasting(string name)
    {
        var attack = Hostile.All().Single(a => a.Name == name);
        var clock = Stopwatch.StartNew();
        using var response = await server.Http.SendAsync(Hostile.Request(attack, HostileServer.Key), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        clock.Stop();

        Assert.Equal(attack.Status, (int)response.StatusCode);
        using var json = JsonDocument.Parse(body);
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal(attack.Code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.True(body.Length < 2_000, $"{body.Length} bytes of errors");
        // Measured on the 2-core CI machine under the full suite: 2-170 ms. A second is far from the 10-41 s these took.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{name}: {clock.ElapsedMilliseconds} ms");

        var grown = server.WorkingSetBytes - server.BaselineBytes;
        Assert.True(grown < 100L * 1024 * 1024, $"the server grew by {grown / 1024 / 1024} MB");

        // The best of three: one slow answer can be the test host's own GC or the other classes' load; a server still
        // busy with the attack would make all three slow.
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3 && best >= TimeSpan.FromMilliseconds(100); i++)
        {
            var took = await Hostile.MarqueeAsync(server.Http);
            if (took < best) best = took;
        }
        Assert.True(best < TimeSpan.FromMilliseconds(100), $"the marquee query took {best.TotalMilliseconds:N0} ms after {name}");

        // What each request cost, for the record (TestResults/hostile-requests.txt).
        Directory.CreateDirectory(Repo.Path("TestResults"));
        lock (Report)
            File.AppendAllText(Repo.Path("TestResults", "hostile-requests.txt"),
                $"{name}: {(int)response.StatusCode} {attack.Code} in {clock.ElapsedMilliseconds} ms; working set +{grown / 1024 / 1024} MB since seeding; marquee {best.TotalMilliseconds:N1} ms\n");
    }
}
