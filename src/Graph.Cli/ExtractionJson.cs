using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Core;

namespace Graph.Cli;

/// <summary>The extraction contract the scorers read (shared/gold/FORMAT.md): one JSON object per document.</summary>
public static class ExtractionJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(string document, ExtractionResult result)
    {
        var mentions = result.Mentions.ToLookup(m => m.EntityId);
        var affiliation = result.Relations.Where(r => r.Type == RelationType.AffiliatedWith).ToLookup(r => r.SubjectId);
        var entities = new JsonArray();
        foreach (var e in result.Entities)
        {
            var o = new JsonObject
            {
                ["id"] = e.Id,
                ["type"] = e.Type.ToString(),
                ["name"] = e.Name,
                ["labels"] = new JsonObject(e.Labels.Select(l => KeyValuePair.Create(l.Key, (JsonNode?)l.Value))),
                ["aliases"] = new JsonArray(e.Aliases.Select(a => (JsonNode?)a).ToArray()),
                ["mentions"] = new JsonArray(mentions[e.Id].Select(m => (JsonNode?)new JsonObject
                {
                    ["start"] = m.Start, ["end"] = m.End, ["kind"] = m.Kind, ["text"] = m.Text,
                }).ToArray()),
            };
            if (e.Iso3 is not null) o["iso"] = e.Iso3;
            if (e.NameIsTransliteration) o["transliterated"] = true;
            if (affiliation[e.Id].FirstOrDefault() is { } a)
            {
                o["role"] = a.Role;
                o["of"] = a.ObjectId;
            }
            entities.Add(o);
        }
        var statements = new JsonArray(result.Statements.Select(s => (JsonNode?)new JsonObject
        {
            ["id"] = s.Id, ["speaker"] = s.SpeakerId, ["text"] = s.Text, ["kind"] = s.Kind.ToString().ToLowerInvariant(),
            ["start"] = s.Start, ["end"] = s.End, ["headline"] = s.Headline, ["source"] = s.SourceId,
        }).ToArray());
        // The contract lists acts: what the text denies or only supposes stays in the graph, with its modality, but not here.
        var relations = new JsonArray(result.Relations.Where(r => r.Modality is Modality.Asserted or Modality.Future).Select(r => (JsonNode?)new JsonObject
        {
            ["id"] = r.Id, ["type"] = r.Info.Name, ["subject"] = r.SubjectId, ["object"] = r.ObjectId,
            ["evidence"] = r.Evidence.FirstOrDefault()?.Sentence, ["start"] = r.Evidence.FirstOrDefault()?.Start, ["end"] = r.Evidence.FirstOrDefault()?.End,
            ["confidence"] = r.Confidence, ["cameo"] = r.Info.Cameo, ["modality"] = r.Modality.ToString().ToLowerInvariant(),
            ["role"] = r.Role, ["date"] = r.Date,
        }).ToArray());
        var root = new JsonObject
        {
            ["document"] = document,
            ["entities"] = entities,
            ["statements"] = statements,
            ["relations"] = relations,
        };
        return root.ToJsonString(Options);
    }
}
