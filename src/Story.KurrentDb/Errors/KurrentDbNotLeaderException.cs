namespace Story.KurrentDb;

/// <summary>The node is a follower; writes go to the leader it names. Point the connection string at the leader.</summary>
public sealed class KurrentDbNotLeaderException(string leaderHost, int leaderPort, Exception innerException)
    : Exception($"The KurrentDB node is not the leader; the leader is {leaderHost}:{leaderPort}. Story's engine does not follow leaders itself: point the connection string at the leader.", innerException)
{
    public string LeaderHost { get; } = leaderHost;

    public int LeaderPort { get; } = leaderPort;
}
