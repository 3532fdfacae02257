namespace Graph.Core;

/// <summary>A relation counted for a country: the country (itself or through <see cref="Via"/>, an official acting in office)
/// and the counterpart (a country or bloc, itself or through <see cref="CounterpartVia"/>, one of its officials).
/// It names the relation by id, so a caller loads the evidence only of the ones it shows.</summary>
public sealed record RolledUpRelation(EdgeRef Edge, string CountryId, string CounterpartId, string? Via, string? CounterpartVia);
