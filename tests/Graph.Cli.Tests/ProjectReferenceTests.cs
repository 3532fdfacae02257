using System.Xml.Linq;

namespace Graph.Cli.Tests;

/// <summary>The CLI is a composition root of its own: it ingests through Graph.Ingestion, not through the web service.</summary>
public sealed class ProjectReferenceTests
{
    [Fact]
    public void The_CLI_references_the_ingestion_library_and_not_the_web_service()
    {
        var project = XDocument.Load(Repo.Path("src", "Graph.Cli", "Graph.Cli.csproj"));
        var references = project.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'))).ToList();
        Assert.Contains("Graph.Ingestion", references);
        Assert.DoesNotContain("Graph.Api", references);
        Assert.DoesNotContain(project.Descendants("FrameworkReference"), r => r.Attribute("Include")?.Value == "Microsoft.AspNetCore.App");
        Assert.DoesNotContain(typeof(Commands).Assembly.GetReferencedAssemblies(), a => a.Name is "Graph.Api" or "GraphQL" or "Microsoft.AspNetCore");
    }
}
