namespace Story.Extraction.Entities;

/// <summary>Where an entity's canonical name came from.</summary>
public enum EntityOrigin
{
    /// <summary>The gazetteer knew the name (or a variant of it).</summary>
    Known,
    /// <summary>A nationality adjective ("Russian", "Turkish") standing for its country.</summary>
    Demonym,
    /// <summary>A capitalised multi-word name the gazetteer did not know; it can be learned.</summary>
    New,
    /// <summary>A single capitalised word the gazetteer did not know.</summary>
    Unknown,
}

/// <summary>An entity mentioned in a text: the exact span and the canonical name it resolves to.</summary>
public sealed record EntityMention(string Canonical, int Start, int End, string Surface, EntityOrigin Origin, bool IsPerson);
