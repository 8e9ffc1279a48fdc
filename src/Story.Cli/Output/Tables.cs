using System.Globalization;
using Spectre.Console;
using Story.Application.Evaluation;
using Story.Application.Ingesting;
using Story.Application.Querying;
using Story.Projections;

namespace Story.Cli.Output;

/// <summary>Human-readable renderings of query results.</summary>
public static class Tables
{
    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    public static void StoryState(StoryStateView view)
    {
        var t = view.Totals;
        AnsiConsole.MarkupLine($"[bold]Story as {Markup.Escape(view.Moment.Description)}[/]: {t.Claims} claims from {t.Reports} report{(t.Reports == 1 ? string.Empty : "s")} "
            + $"({t.Reported} reported, {t.Corroborated} corroborated, {t.Disputed} disputed, {t.Corrected} corrected, {t.Retracted} retracted)");
        foreach (var group in view.Claims.GroupBy(c => c.Status).OrderByDescending(g => g.Key))
        {
            var table = new Table().Title($"[bold]{group.Key}[/] ({group.Count()})").Expand();
            table.AddColumn(new TableColumn("claim").NoWrap());
            table.AddColumn("statement");
            table.AddColumn(new TableColumn("reports").RightAligned());
            table.AddColumn("first reported by");
            foreach (var claim in group)
            {
                table.AddRow(Markup.Escape(claim.ClaimId), Markup.Escape(claim.Statement), claim.ReportCount.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape($"{claim.FirstSource} ({Time(claim.FirstReportedAt)})"));
            }

            AnsiConsole.Write(table);
        }
    }

    public static void Diff(StoryDiffView view)
    {
        AnsiConsole.MarkupLine($"[bold]From {Markup.Escape(view.From.Description)} to {Markup.Escape(view.To.Description)}[/]");
        var d = view.Changes;
        Section("Added", d.Added);
        Section("Newly corroborated", d.NewlyCorroborated);
        Section("Newly disputed", d.NewlyDisputed);
        Section("Corrected", d.Corrected);
        Section("Retracted", d.Retracted);
        if (d.IsEmpty)
        {
            AnsiConsole.MarkupLine("No changes.");
        }
    }

    private static void Section(string title, IReadOnlyList<ClaimChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var table = new Table().Title($"[bold]{title}[/] ({changes.Count})").Expand();
        table.AddColumn(new TableColumn("claim").NoWrap());
        table.AddColumn("statement");
        table.AddColumn("status");
        table.AddColumn(new TableColumn("reports").RightAligned());
        foreach (var c in changes)
        {
            var status = c.Before is null ? c.After.ToString() : $"{c.Before} -> {c.After}";
            table.AddRow(Markup.Escape(c.ClaimId), Markup.Escape(c.Statement), status, $"{c.ReportsBefore} -> {c.ReportsAfter}");
        }

        AnsiConsole.Write(table);
    }

    public static void Timeline(TimelineView view)
    {
        AnsiConsole.MarkupLine($"[bold]Timeline as {Markup.Escape(view.Moment.Description)}[/]");
        var dated = new Table().Title("[bold]Dated[/]").Expand();
        dated.AddColumn("when");
        dated.AddColumn("claim");
        dated.AddColumn("statement");
        dated.AddColumn("status");
        foreach (var e in view.Timeline.Dated)
        {
            dated.AddRow(Markup.Escape(When(e.OccurredAt!)), Markup.Escape(e.ClaimId), Markup.Escape(e.Statement), $"{e.Status} ({e.ReportCount})");
        }

        AnsiConsole.Write(dated);
        AnsiConsole.MarkupLine($"{view.Timeline.Undated.Count} undated claims (standing facts such as the plan's contents); --json lists them.");
    }

    private static string When(Story.Facts.OccurredAt at) => at.Precision switch
    {
        Story.Facts.TimePrecision.Instant => Time(at.Value),
        Story.Facts.TimePrecision.Day => at.Value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Story.Facts.TimePrecision.Month => at.Value.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => "~" + at.Value.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };

    public static void Audit(ClaimAuditView view)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(view.ClaimId)}[/]: {Markup.Escape(view.Statement ?? string.Empty)} [dim]({view.Status}, as {Markup.Escape(view.Moment.Description)})[/]");
        foreach (var item in view.Entries)
        {
            var e = item.Entry;
            var estimate = item.PublishedAtIsEstimate == true ? " (estimated)" : string.Empty;
            AnsiConsole.MarkupLine($"[bold]#{e.Position}[/] {e.Kind} by [blue]{Markup.Escape(e.Source ?? e.ReportId ?? e.Actor ?? "the desk")}[/] "
                + $"[dim]report {Markup.Escape(e.ReportId ?? "-")}, published {Time(e.ReportedAt)}{estimate}, recorded {Time(e.RecordedAt)}[/]");
            if (e.Attribution is not null)
            {
                AnsiConsole.MarkupLine($"  attributed to: {Markup.Escape(e.Attribution)}{(e.Hedging is null ? string.Empty : $" [dim]({e.Hedging})[/]")}");
            }

            if (e.Quote is not null)
            {
                var check = item.QuoteMatchesReport switch { true => "[green]matches report text[/]", false => "[red]DOES NOT MATCH report text[/]", _ => string.Empty };
                AnsiConsole.MarkupLine($"  quote [[{e.Quote.Start}..{e.Quote.End}]] {check}: “{Markup.Escape(e.Quote.Text)}”");
            }

            LinkEvidence(e.Evidence);

            if (e.Statement is not null && e.Kind == "corrected")
            {
                AnsiConsole.MarkupLine($"  corrected to: {Markup.Escape(e.Statement)}");
            }

            if (e.Reason is not null)
            {
                AnsiConsole.MarkupLine($"  reason: {Markup.Escape(e.Reason)}");
            }

            AnsiConsole.MarkupLine($"  [dim]event {e.EventId} hash {e.Hash[..16]}…[/]");
        }
    }

    // Why an ingested fact was linked as it was, from the evidence kept in its event's metadata.
    private static void LinkEvidence(IReadOnlyDictionary<string, string>? evidence)
    {
        if (evidence is null || !evidence.TryGetValue(EvidenceKeys.Kind, out var kind))
        {
            return;
        }

        var score = evidence.GetValueOrDefault(EvidenceKeys.Score, "?");
        var against = evidence.TryGetValue(EvidenceKeys.MatchedClaim, out var matched) ? $" against claim {matched}"
            : evidence.TryGetValue(EvidenceKeys.ClosestClaim, out var closest) ? $" (closest known claim {closest}, below the threshold)"
            : string.Empty;
        var extraction = evidence.TryGetValue(EvidenceKeys.ExtractionKind, out var k) ? $"; extracted as {k}" : string.Empty;
        AnsiConsole.MarkupLine($"  evidence: {Markup.Escape(kind)}, score {Markup.Escape(score)}{Markup.Escape(against)}{Markup.Escape(extraction)}");
        var shared = new[] { ("words", EvidenceKeys.SharedWords), ("entities", EvidenceKeys.SharedEntities), ("numbers", EvidenceKeys.SharedNumbers) }
            .Where(x => evidence.ContainsKey(x.Item2))
            .Select(x => $"{x.Item1} {evidence[x.Item2]}")
            .ToList();
        if (shared.Count > 0)
        {
            AnsiConsole.MarkupLine($"  shared: {Markup.Escape(string.Join("; ", shared))}");
        }

        if (evidence.TryGetValue(EvidenceKeys.Contradictions, out var contradictions))
        {
            AnsiConsole.MarkupLine($"  contradicts: {Markup.Escape(contradictions)}");
        }
    }

    public static void Ingest(string origin, IngestReportResult result)
    {
        var name = Markup.Escape(origin);
        if (result.AlreadyIngested)
        {
            AnsiConsole.MarkupLine($"{name}: already ingested as report {Markup.Escape(result.ReportId)} in '{Markup.Escape(result.StoryId)}' (same content hash); nothing appended.");
            return;
        }

        var t = result.Totals;
        var counts = $"{t.NewClaims} new claim(s), {t.Corroborations} corroboration(s), {t.Disputes} dispute(s), {t.Repeats} repeat(s) of its own claims";
        if (result.Append is { } append)
        {
            var range = append.Positions.Count > 0 ? $" at positions {append.Positions.Min()}..{append.Positions.Max()}" : string.Empty;
            AnsiConsole.MarkupLine($"{name}: ingested as report {Markup.Escape(result.ReportId)} into '{Markup.Escape(result.StoryId)}': {counts}; "
                + $"appended {append.Appended} fact(s){range}. Stream version {append.StreamVersion}.");
            return;
        }

        AnsiConsole.MarkupLine($"{name} would be report {Markup.Escape(result.ReportId)} in '{Markup.Escape(result.StoryId)}': {counts}. [bold]Dry run: nothing appended.[/]");
        var table = new Table();
        table.AddColumn("kind");
        table.AddColumn(new TableColumn("score").RightAligned());
        table.AddColumn("claim");
        table.AddColumn("quote");
        table.AddColumn("attribution");
        table.AddColumn("hedging");
        foreach (var d in result.Decisions.Concat(result.Repeats).OrderBy(d => d.Quote.Start))
        {
            var claim = d.Kind == DecisionKinds.NewClaim ? d.ClaimId : d.MatchedClaimId ?? d.ClaimId;
            table.AddRow(
                Markup.Escape(d.Kind),
                d.Score.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape(claim),
                Markup.Escape($"[{d.Quote.Start}..{d.Quote.End}] {Excerpt(d.Quote.Text, 60)}"),
                Markup.Escape(Excerpt(d.Attribution, 28)),
                d.Hedging.ToString().ToLowerInvariant());
        }

        AnsiConsole.Write(table);
    }

    private static string Excerpt(string text, int length)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= length ? oneLine : oneLine[..(length - 1)] + "…";
    }

    public static void Evaluation(ExtractionEvaluationResult result, bool details)
    {
        var s = result.Score;
        AnsiConsole.MarkupLine($"[bold]Extraction and linking[/] on {result.Reports} reports ingested raw, in publication order, into an empty store; answer key {Markup.Escape(Path.Combine(result.Folder, "claims.jsonl"))}");
        var table = new Table();
        table.AddColumn("measure");
        table.AddColumn(new TableColumn("value").RightAligned());
        table.AddColumn(new TableColumn("counts").RightAligned());
        Row(table, "claim recall", s.ClaimRecall, "curated claims");
        Row(table, "link precision", s.LinkPrecision, "extracted pairs");
        Row(table, "link recall", s.LinkRecall, "curated pairs, both mentions found");
        Row(table, "link recall, all pairs", s.LinkRecallAllPairs, "curated pairs");
        Row(table, "dispute recall", s.DisputeRecall, "curated disputes");
        Row(table, "dispute precision", s.DisputePrecision, "extracted disputes");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Extracted {s.Extracted.Claims} claims, {s.Extracted.Corroborations} corroborations, {s.Extracted.Disputes} disputes; "
            + $"curated {s.Curated.Claims}, {s.Curated.Corroborations}, {s.Curated.Disputes}.");
        if (!details)
        {
            return;
        }

        List("Missed claims", s.MissedClaims);
        List("Missed links", s.MissedLinks);
        List("Wrong links", s.WrongLinks);
        List("Missed disputes", s.MissedDisputes);
        List("Wrong disputes", s.WrongDisputes);
    }

    private static void Row(Table table, string name, Ratio ratio, string unit) =>
        table.AddRow(name, ratio.Value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-", Markup.Escape($"{ratio.Hits}/{ratio.Total} {unit}"));

    private static void List(string title, IReadOnlyList<string> lines)
    {
        AnsiConsole.MarkupLine($"[bold]{title}[/] ({lines.Count})");
        foreach (var line in lines)
        {
            AnsiConsole.MarkupLine("  " + Markup.Escape(line));
        }
    }

    public static void Sources(SourcesView view)
    {
        var table = new Table().Title($"[bold]Sources as {Markup.Escape(view.Moment.Description)}[/]").Expand();
        table.AddColumn("report");
        table.AddColumn("source");
        table.AddColumn("published");
        table.AddColumn(new TableColumn("first to report").RightAligned());
        table.AddColumn(new TableColumn("corroborated").RightAligned());
        table.AddColumn(new TableColumn("disputed").RightAligned());
        foreach (var s in view.Ledger.Reports)
        {
            var estimate = s.Report.PublishedAtIsEstimate ? " (est.)" : string.Empty;
            table.AddRow(Markup.Escape(s.Report.ReportId), Markup.Escape(s.Report.Source), Time(s.Report.PublishedAt) + estimate,
                s.FirstReported.Count.ToString(CultureInfo.InvariantCulture), s.Corroborated.Count.ToString(CultureInfo.InvariantCulture), s.Disputed.Count.ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
    }
}
