using global::GraphQL;

namespace Graph.Api.GraphQL;

/// <summary>The resolvers' complaints about arguments, each an <see cref="ExecutionError"/> with its code, in one place.</summary>
public static class InputErrors
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string BadCursor = "BAD_CURSOR";

    public static ExecutionError Date(string argument, string value) =>
        new($"'{argument}' must be a date written yyyy-MM-dd (or yyyy-MM, or yyyy); '{Short(value)}' is not one.") { Code = BadUserInput };

    public static ExecutionError Hops(int given, int max) =>
        new($"'maxHops' must be between 1 and {max}; it was {given}.") { Code = BadUserInput };

    public static ExecutionError Confidence(double given) =>
        new($"'minConfidence' must be between 0 and 1; it was {given}.") { Code = BadUserInput };

    public static ExecutionError Cursor(string message) => new(message) { Code = BadCursor };

    public static string Short(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
