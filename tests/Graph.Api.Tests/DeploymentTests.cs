using System.Diagnostics;

namespace Graph.Api.Tests;

/// <summary>docker-compose.yml, .env and the Dockerfile, checked without a Docker engine (none runs here):
/// Debian's docker-compose validates the file against the Compose schema, and the facts the README promises are asserted.</summary>
public sealed class DeploymentTests
{
    private static string Compose => File.ReadAllText(Repo.Path("docker-compose.yml"));

    [Fact]
    public async Task The_compose_file_is_valid_for_docker_compose()
    {
        var psi = new ProcessStartInfo("docker-compose", ["config", "--quiet"]) { WorkingDirectory = Repo.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("docker-compose is not installed (apt-get install docker-compose; .ci/run does it).");
            return;
        }
        using (process)
        {
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, errors);
        }
    }

    [Fact]
    public void Neo4j_5_26_runs_with_a_data_volume_a_healthcheck_and_the_env_password_and_the_service_waits_for_it()
    {
        var compose = Compose;
        Assert.Contains("image: neo4j:5.26", compose);
        Assert.Contains("- \"7474:7474\"", compose);
        Assert.Contains("- \"7687:7687\"", compose);
        Assert.Contains("neo4j-data:/data", compose);
        Assert.Contains("healthcheck:", compose);
        Assert.Contains("condition: service_healthy", compose);
        Assert.Contains("Graph__Store: neo4j", compose);
        Assert.Contains("- \"5080:5080\"", compose);
        var password = File.ReadAllLines(Repo.Path(".env")).Single(l => l.StartsWith("NEO4J_PASSWORD=", StringComparison.Ordinal))["NEO4J_PASSWORD=".Length..];
        Assert.True(password.Length >= 8, "Neo4j refuses passwords under 8 characters.");
        Assert.Contains("${NEO4J_PASSWORD:-" + password + "}", compose);
    }

    [Fact]
    public void Both_containers_restart_unless_stopped_and_Neo4j_is_healthy_only_once_its_database_answers()
    {
        var compose = Compose;
        Assert.Equal(2, compose.Split('\n').Count(l => l.Trim() == "restart: unless-stopped"));
        Assert.Contains("cypher-shell -u neo4j", compose);
        Assert.Contains("'RETURN 1'", compose);
        Assert.DoesNotContain("--spider", compose);
    }

    [Fact]
    public void The_image_is_built_in_two_stages_on_dotnet_10()
    {
        var dockerfile = File.ReadAllText(Repo.Path("Dockerfile"));
        Assert.Contains("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", dockerfile);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0", dockerfile);
        Assert.Contains("COPY --from=build", dockerfile);
    }
}
