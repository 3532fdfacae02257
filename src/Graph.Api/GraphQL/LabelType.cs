using global::GraphQL.Types;

namespace Graph.Api.GraphQL;

/// <summary>A label in one language.</summary>
public sealed class LabelType : ObjectGraphType<KeyValuePair<string, string>>
{
    public LabelType()
    {
        Name = "Label";
        Description = "An entity's preferred name in one language.";
        Field<NonNullGraphType<StringGraphType>>("language").Description("BCP 47 language code: en, ar.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The label.").Resolve(c => c.Source.Value);
    }
}
