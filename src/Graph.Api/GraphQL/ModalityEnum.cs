using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class ModalityEnum : EnumerationGraphType<Modality>
{
    public ModalityEnum()
    {
        Name = "Modality";
        Description = "How the text presents an act: ASSERTED, NEGATED (denied), FUTURE (announced or threatened), POSSIBLE.";
    }
}
