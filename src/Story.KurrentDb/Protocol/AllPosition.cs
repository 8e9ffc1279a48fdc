namespace Story.KurrentDb.Protocol;

/// <summary>
/// A position in KurrentDB's $all: byte offsets of an event's commit and prepare records in the transaction log.
/// They grow with every write but are not counters: consecutive events are many bytes apart.
/// </summary>
public readonly record struct AllPosition(ulong CommitPosition, ulong PreparePosition) : IComparable<AllPosition>
{
    public int CompareTo(AllPosition other)
    {
        var commit = CommitPosition.CompareTo(other.CommitPosition);
        return commit != 0 ? commit : PreparePosition.CompareTo(other.PreparePosition);
    }

    public static bool operator <(AllPosition left, AllPosition right) => left.CompareTo(right) < 0;

    public static bool operator >(AllPosition left, AllPosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(AllPosition left, AllPosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(AllPosition left, AllPosition right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"C:{CommitPosition}/P:{PreparePosition}";
}
