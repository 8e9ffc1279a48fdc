namespace Story.Postgres.Projections;

/// <summary>Where a projection stands, as stored in <c>projection_states.status</c>.</summary>
public enum ProjectionRunState
{
    /// <summary>Kept up to date: every daemon batch moves it towards the head of the log.</summary>
    Running,

    /// <summary>Failed on the event at its error position; it stays there, not skipping it, until rebuilt.</summary>
    Stopped,

    /// <summary>Emptied and replaying from position 0; becomes <see cref="Running"/> when it reaches the head.</summary>
    Rebuilding,
}

internal static class ProjectionRunStates
{
    public static string ToText(this ProjectionRunState state) => state switch
    {
        ProjectionRunState.Running => "running",
        ProjectionRunState.Stopped => "stopped",
        _ => "rebuilding",
    };

    public static ProjectionRunState Parse(string text) => text switch
    {
        "running" => ProjectionRunState.Running,
        "stopped" => ProjectionRunState.Stopped,
        "rebuilding" => ProjectionRunState.Rebuilding,
        _ => throw new InvalidOperationException($"Unknown projection status '{text}' in projection_states."),
    };
}
