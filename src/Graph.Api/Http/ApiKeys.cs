using System.Security.Cryptography;
using System.Text;
using Graph.Api.Hosting;

namespace Graph.Api.Http;

/// <summary>The API key check: mutations need the key when one is configured, queries too when so configured.
/// The key comes as <c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c> and is compared in constant time.</summary>
public static class ApiKeys
{
    public sealed record Denial(int Status, string Code, string Message);

    public static Denial? Check(HttpRequest request, GraphOptions options, bool mutation)
    {
        if (string.IsNullOrEmpty(options.ApiKey) || !mutation && !options.RequireApiKeyForQueries) return null;
        var given = Presented(request);
        if (given is null)
            return new Denial(StatusCodes.Status401Unauthorized, "UNAUTHENTICATED",
                (mutation ? "Mutations" : "Requests") + " need an API key: send Authorization: Bearer <key> or X-Api-Key: <key>.");
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.ApiKey))
            ? null
            : new Denial(StatusCodes.Status403Forbidden, "FORBIDDEN", "The API key is not valid.");
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var key) && !string.IsNullOrEmpty(key)) return key.ToString();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }
}
