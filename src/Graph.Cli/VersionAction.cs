using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Graph.Cli;

/// <summary><c>graph --version</c>: the version of the <c>graph</c> assembly itself (System.CommandLine's own action reads the
/// entry assembly, which is the test host when the command runs in process).</summary>
public sealed class VersionAction : SynchronousCommandLineAction
{
    public static string Current =>
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(VersionAction).Assembly.GetName().Version!.ToString();

    public override int Invoke(ParseResult parseResult)
    {
        (parseResult.InvocationConfiguration.Output).WriteLine($"graph {Current}");
        return 0;
    }
}
