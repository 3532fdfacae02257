namespace Graph.Core;

/// <summary>A relation counted for a country: the country (itself or through <see cref="Via"/>, an official acting in office)
/// and the counterpart (a country or bloc, itself or through <see cref="CounterpartVia"/>, one of its officials).</summary>
public sealed record RolledUpRelation(Relation Relation, string CountryId, string CounterpartId, string? Via, string? CounterpartVia);
