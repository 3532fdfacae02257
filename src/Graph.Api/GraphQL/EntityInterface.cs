using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

/// <summary>What people, countries, organisations, blocs and places have in common (resolved by each type, see EntityFields).</summary>
public sealed class EntityInterface : InterfaceGraphType<Entity>
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "A named node of the graph: a Person, Country, Organization, Bloc or Place.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The stable id: Country:ISO3 for countries, Label:key for others.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The display name (English where known).");
        Field<NonNullGraphType<EntityKindEnum>>("kind").Description("The node label.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LabelType>>>>("labels").Description("The preferred name per language.");
        Field<StringGraphType>("label").Description("The preferred name in one language, or null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("language", "BCP 47 code: en or ar.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Description("Every other name the entity is known by, in any language.");
        Field<NonNullGraphType<BooleanGraphType>>("nameIsTransliteration").Description("True when the English name is a machine transliteration of the Arabic, not a known spelling.");
        Field<NonNullGraphType<IntGraphType>>("mentionCount").Description("How many times the entity is mentioned across all articles.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements").Description("What this entity said, in the order it was stored.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations").Description("Edges at this entity, with their evidence. Filter by direction and type.")
            .Argument<DirectionEnum>("direction", "OUTGOING (default), INCOMING or BOTH.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", "Only these edge types.");
    }
}
