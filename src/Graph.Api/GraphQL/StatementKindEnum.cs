using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class StatementKindEnum : EnumerationGraphType<StatementKind>
{
    public StatementKindEnum()
    {
        Name = "StatementKind";
        Description = "QUOTE for words inside quotation marks, PARAPHRASE for reported speech.";
    }
}
