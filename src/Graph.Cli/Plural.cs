namespace Graph.Cli;

/// <summary>A count with its noun in the right number: «1 article», «2 articles», «1,000 entities».</summary>
public static class Plural
{
    public static string Of(long count, string one, string many) => $"{count:N0} {(count == 1 ? one : many)}";
}
