using System.Diagnostics;
using System.Text.Json;
using Graph.Core;
using Graph.Storage.Neo4j;

namespace Graph.Storage.Tests;

/// <summary>The Cypher the Neo4j store sends, checked without a server: parsed by Neo4j's own parser from npm
/// (@neo4j-cypher/language-support, through lint-cypher.mjs), with the parameters each statement declares.</summary>
public sealed class CypherTests
{
    private static async Task<(int ExitCode, string Output)> LintAsync(IEnumerable<CypherStatement> statements)
    {
        Assert.True(File.Exists(Repo.Path("node_modules", "@neo4j-cypher", "language-support", "package.json")),
            "Run `npm ci` in the repository root first (the build does it when Node.js is installed).");
        var psi = new ProcessStartInfo("node", [Repo.Path("tests", "Graph.Storage.Tests", "lint-cypher.mjs")])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root,
        };
        using var node = Process.Start(psi)!;
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, text = s.Text, parameters = s.Parameters })));
        node.StandardInput.Close();
        var output = await node.StandardOutput.ReadToEndAsync() + await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        return (node.ExitCode, output);
    }

    [Fact]
    public async Task Every_statement_the_store_can_send_parses_with_exactly_its_declared_parameters()
    {
        var all = Neo4jSchema.Statements.Concat(Cypher.All).ToList();
        var (exitCode, output) = await LintAsync(all);
        Assert.True(exitCode == 0, output);
        Assert.Contains($"{all.Count} statements parsed, 0 problems", output);
    }

    [Fact]
    public async Task The_cypher_the_README_gives_for_Neo4j_Browser_parses()
    {
        var files = Directory.GetFiles(Repo.Path("samples", "queries", "neo4j"), "*.cypher");
        Assert.NotEmpty(files);
        var (exitCode, output) = await LintAsync(files.Select(f => new CypherStatement(Path.GetFileName(f), File.ReadAllText(f).Trim())));
        Assert.True(exitCode == 0, output);
        var readme = File.ReadAllText(Repo.Path("README.md"));
        Assert.All(files, f => Assert.Contains(File.ReadAllText(f).Trim(), readme));
    }

    [Fact]
    public async Task The_upgrade_scripts_for_existing_databases_parse()
    {
        var statements = Directory.GetFiles(Repo.Path("schema", "neo4j", "upgrade"), "*.cypher")
            .SelectMany(f => Neo4jSchema.Split(File.ReadAllText(f)).Select((text, i) => new CypherStatement($"{Path.GetFileName(f)} #{i + 1}", text)))
            .ToList();
        Assert.NotEmpty(statements);
        var (exitCode, output) = await LintAsync(statements);
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task The_parse_catches_a_syntax_error_and_an_undeclared_parameter()
    {
        var (exitCode, output) = await LintAsync([
            new CypherStatement("broken", "MATCH (a:Article RETURN a"),
            new CypherStatement("undeclared", "MATCH (a:Article {id: $id}) RETURN a"),
        ]);
        Assert.Equal(1, exitCode);
        Assert.Contains("broken", output);
        Assert.Contains("Parameter $id is not defined", output);
    }

    [Fact]
    public async Task The_parse_knows_the_procedures_and_functions_of_Neo4j_so_a_misspelt_one_or_a_wrong_call_fails()
    {
        var (exitCode, output) = await LintAsync([
            new CypherStatement("misspelt", "CALL db.index.fulltext.queryNodesXYZ('statement_terms', $q) YIELD node RETURN node", "q"),
            new CypherStatement("wrong-column", "CALL db.index.fulltext.queryNodes('statement_terms', $q) YIELD hit RETURN hit", "q"),
            new CypherStatement("unknown-function", "MATCH (s:Statement) RETURN toUpperCase(s.text) AS t"),
            new CypherStatement("right", "CALL db.index.fulltext.queryNodes('statement_terms', $q, {limit: 10}) YIELD node, score RETURN count(node) AS n", "q"),
        ]);
        Assert.Equal(1, exitCode);
        Assert.Contains("misspelt at 5: «db.index.fulltext.queryNodesXYZ»", output);
        Assert.Contains("wrong-column", output);
        Assert.Contains("unknown-function", output);
        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("right", StringComparison.Ordinal));
        Assert.Contains("4 statements parsed, 3 problems", output);
    }

    private static IEnumerable<string> Analyzers(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"`fulltext\.analyzer`\s*:\s*'([^']*)'").Select(m => m.Groups[1].Value);

    private static HashSet<string> KnownAnalyzers() =>
        JsonDocument.Parse(File.ReadAllText(Repo.Path("tests", "Graph.Storage.Tests", "neo4j-signatures.json"))).RootElement
            .GetProperty("analyzers").EnumerateArray().Select(a => a.GetString()!).ToHashSet();

    [Fact]
    public void Every_full_text_index_names_an_analyzer_Neo4j_has()
    {
        var used = Neo4jSchema.Statements.SelectMany(s => Analyzers(s.Text)).ToList();
        Assert.NotEmpty(used);
        Assert.Subset(KnownAnalyzers(), used.ToHashSet());
        Assert.DoesNotContain("whitespaces", KnownAnalyzers());
        Assert.Equal(["whitespaces"], Analyzers("OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespaces'}}").Except(KnownAnalyzers()));
    }

    [Fact]
    public async Task Exported_literals_of_hostile_text_parse_as_one_value()
    {
        string[] hostile = ["'); MATCH (n) DETACH DELETE n //", "\\' RETURN 1 //", "قال «لافروف» \"x\" `y`\n\t\u0001", "}) RETURN 1; CREATE (x:Pwned {"];
        var statements = hostile.Select((h, i) => new CypherStatement($"literal-{i}",
            $"RETURN {CypherLiteral.Of(h)} AS s, {CypherLiteral.Of(new Dictionary<string, object?> { [h] = new object?[] { h, 1.0, 2, null } })} AS m"));
        var (exitCode, output) = await LintAsync(statements);
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void Every_ontology_type_has_relationship_indexes_on_its_id_and_article()
    {
        var schema = string.Join('\n', Neo4jSchema.Statements.Select(s => s.Text));
        foreach (var type in RelationTypeInfo.Values.Select(t => t.Name))
        {
            Assert.Contains($"FOR ()-[r:{type}]-() ON (r.id)", schema);
            Assert.Contains($"FOR ()-[r:{type}]-() ON (r.articleId)", schema);
        }
        Assert.All(Neo4jSchema.Statements, s => Assert.Contains("IF NOT EXISTS", s.Text));
    }

    [Fact]
    public void Relationship_types_in_statements_come_from_the_ontology_only() =>
        Assert.Equal(RelationTypeInfo.Values.Select(t => t.Name).Order(), Cypher.MergeRelations.Values.Select(s => System.Text.RegularExpressions.Regex.Match(s.Text, @"\[r:([A-Z_]+) ").Groups[1].Value).Order());
}
