namespace Story.Bench.Generation;

/// <summary>The words, names and phrases synthetic reports are made of: plain ASCII so quote offsets are simple to check.</summary>
internal static class Vocabulary
{
    public static readonly string[] Words =
    [
        "the", "officials", "said", "on", "talks", "plan", "peace", "draft", "delegation", "ministers", "agreed", "to",
        "meet", "in", "Geneva", "next", "week", "according", "sources", "familiar", "with", "matter", "proposal",
        "includes", "security", "guarantees", "for", "both", "sides", "ceasefire", "along", "front", "line", "would",
        "be", "monitored", "by", "international", "observers", "while", "sanctions", "lifted", "stages", "after",
        "withdrawal", "of", "forces", "from", "disputed", "regions", "spokesperson", "declined", "comment", "but",
        "earlier", "statement", "denied", "that", "any", "territory", "had", "been", "discussed", "at", "summit",
        "envoy", "arrived", "late", "evening", "and", "held", "closed", "door", "meeting", "president", "advisers",
        "parliament", "vote", "expected", "before", "deadline", "negotiators", "reported", "progress", "although",
        "several", "points", "remain", "open", "including", "size", "army", "future", "alliance", "membership",
    ];

    public static readonly string[] Outlets =
        ["Reuters", "AP", "AFP", "BBC", "Kyiv Independent", "TASS", "Axios", "Politico", "The Guardian", "Der Spiegel", "Le Monde", "NHK"];

    public static readonly string[] Entities =
        ["Ukraine", "Russia", "United States", "Zelensky", "Putin", "Kyiv", "Moscow", "Washington", "Geneva", "European Union", "NATO", "Witkoff"];

    public static readonly string[] Attributions =
        ["officials", "two people familiar with the talks", "a senior diplomat", "the foreign ministry", "the outlet", "a government spokesperson"];

    public static readonly string[] Reasons =
        ["another outlet contradicted the figure", "the ministry denied it", "a later report gave a different date", "the source withdrew the remark"];
}
