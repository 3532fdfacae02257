using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

/// <summary>The edge types of the ontology, as a GraphQL enum (SAID, MET, CRITICIZED, …).</summary>
public sealed class RelationTypeEnum : EnumerationGraphType
{
    public RelationTypeEnum()
    {
        Name = "RelationType";
        Description = "An edge type of the ontology; CAMEO codes in parentheses where the ontology gives one.";
        foreach (var info in RelationTypeInfo.Values)
            Add(info.Name, info.Type, info.Cameo is null ? info.Name : $"{info.Name} (CAMEO {info.Cameo})");
    }
}

public sealed class EntityKindEnum : EnumerationGraphType<EntityType>
{
    public EntityKindEnum()
    {
        Name = "EntityKind";
        Description = "The node label of a named entity.";
    }
}

public sealed class StatementKindEnum : EnumerationGraphType<StatementKind>
{
    public StatementKindEnum()
    {
        Name = "StatementKind";
        Description = "QUOTE for words inside quotation marks, PARAPHRASE for reported speech.";
    }
}

public sealed class ModalityEnum : EnumerationGraphType<Modality>
{
    public ModalityEnum()
    {
        Name = "Modality";
        Description = "How the text presents an act: ASSERTED, NEGATED (denied), FUTURE (announced or threatened), POSSIBLE.";
    }
}

public sealed class RelationKindEnum : EnumerationGraphType<RelationKind>
{
    public RelationKindEnum()
    {
        Name = "RelationKind";
        Description = "The family an edge type belongs to: SPEECH, COOPERATION, CONFLICT or MEMBERSHIP.";
    }
}

public sealed class DirectionEnum : EnumerationGraphType<RelationDirection>
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "OUTGOING: the entity is the subject; INCOMING: the object; BOTH.";
    }
}
