using System.Collections;
using System.Globalization;
using System.Text;

namespace Graph.Storage.Neo4j;

/// <summary>Values written as Cypher literals, for script files (<c>graph export --format cypher</c>) only; the store itself
/// always sends parameters. Strings are single-quoted with every quote, backslash and control character escaped.</summary>
public static class CypherLiteral
{
    public static string Of(object? value) => Write(new StringBuilder(), value).ToString();

    private static StringBuilder Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: return sb.Append("null");
            case string s: return Quote(sb, s);
            case bool b: return sb.Append(b ? "true" : "false");
            case int or long or short: return sb.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
            case double d:
                var text = d.ToString("R", CultureInfo.InvariantCulture);
                return sb.Append(text.Contains('.') || text.Contains('E') ? text : text + ".0");
            case IDictionary<string, object?> map:
                sb.Append('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append('`').Append(key.Replace("`", "``")).Append("`: ");
                    Write(sb, item);
                }
                return sb.Append('}');
            case IEnumerable list:
                sb.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem) sb.Append(", ");
                    firstItem = false;
                    Write(sb, item);
                }
                return sb.Append(']');
            default:
                throw new ArgumentException($"No Cypher literal for a value of type {value.GetType().Name}.", nameof(value));
        }
    }

    private static StringBuilder Quote(StringBuilder sb, string s)
    {
        sb.Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('\'');
    }
}
