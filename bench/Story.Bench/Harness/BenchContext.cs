using Story.Bench.Engines;
using Story.Bench.Generation;
using Story.Facts;
using Story.Store;

namespace Story.Bench.Harness;

/// <summary>What the scenarios of one run share: settings, progress, the story, and the facts loaded for one engine.</summary>
public sealed class BenchContext(BenchSettings settings, ProgressLog progress)
{
    private readonly List<ResultRow> _rows = [];
    private (BenchEngine Engine, IReadOnlyList<RecordedFact> Facts)? _loaded;

    public BenchSettings Settings { get; } = settings;

    public ProgressLog Progress { get; } = progress;

    public SyntheticStory Story { get; } = new(settings.Seed);

    public IReadOnlyList<ResultRow> Rows => _rows;

    /// <summary>Whether the engine-independent pure fold has been measured in this run.</summary>
    public bool PureFoldMeasured { get; set; }

    /// <summary>Whether an as-of page has been compared with a fold of the whole log in this run.</summary>
    public bool FullFoldCompared { get; set; }

    /// <summary>How long loading the facts into memory took for the engine they were loaded from.</summary>
    public TimeSpan FactsLoadTime { get; private set; }

    public void Add(ResultRow row) => _rows.Add(row);

    /// <summary>Appends the whole story (untimed) when a scenario runs without the append scenario before it.</summary>
    public async Task EnsurePopulatedAsync(BenchEngine engine, CancellationToken cancellationToken)
    {
        var head = await engine.Store.GetHeadPositionAsync(cancellationToken);
        if (head >= Settings.Facts)
        {
            return;
        }

        if (head != 0)
        {
            throw new InvalidOperationException($"The {engine.Name} store holds {head} facts, not 0 or {Settings.Facts}.");
        }

        var phase = $"{engine.Name}: writing the story (untimed)";
        var done = 0;
        foreach (var batch in Story.Facts(Settings.Facts).Chunk(1000))
        {
            await engine.Store.AppendAsync(SyntheticStory.StreamId, ExpectedVersion.Any, batch.Select(SyntheticStory.ToEventData).ToList(), cancellationToken);
            done += batch.Length;
            Progress.Step(phase, done, Settings.Facts);
        }
    }

    /// <summary>
    /// Every fact of the story, deserialised, kept in memory for the in-memory measures. The envelope's raw JSON body
    /// is dropped: projections read the typed fact, never the body, and keeping both would double the memory.
    /// </summary>
    public async Task<IReadOnlyList<RecordedFact>> LoadFactsAsync(BenchEngine engine, CancellationToken cancellationToken)
    {
        if (_loaded is { } loaded && ReferenceEquals(loaded.Engine, engine))
        {
            return loaded.Facts;
        }

        _loaded = null;
        await EnsurePopulatedAsync(engine, cancellationToken);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var facts = new List<RecordedFact>(Settings.Facts);
        var phase = $"{engine.Name}: loading facts into memory";
        await foreach (var e in engine.Store.ReadAllAsync(0, cancellationToken))
        {
            facts.Add(new RecordedFact(e with { Data = string.Empty }, FactJson.ToRecordedFact(e).Fact));
            Progress.Step(phase, facts.Count, Settings.Facts);
            if (facts.Count == Settings.Facts)
            {
                break;
            }
        }

        _loaded = (engine, facts);
        FactsLoadTime = clock.Elapsed;
        return facts;
    }

    /// <summary>Forgets the facts kept for an engine, so the next engine is measured without them in memory.</summary>
    public void ReleaseFacts()
    {
        _loaded = null;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
