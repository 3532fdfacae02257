using global::GraphQL.Types;

namespace Graph.Api.GraphQL;

public sealed class EntityFilterInputType : InputObjectGraphType
{
    public EntityFilterInputType()
    {
        Name = "EntityFilterInput";
        Description = "Which entities to list.";
        Field<StringGraphType>("name").Description("Any name, label or alias, English or Arabic; matched after Arabic normalisation (روسيا, Russia, RUS).");
        Field<StringGraphType>("nameStartsWith").Description("Any name, label or alias that starts with this (after Arabic normalisation): for suggestions as one types.");
        Field<EntityKindEnum>("kind").Description("Only entities with this label.");
    }
}
