using Story.Projections;

namespace Story.Application.Querying;

/// <summary>The moment a query answered for, as shown in JSON: its axis and either a time or a log position.</summary>
public sealed record MomentView(string Axis, DateTimeOffset? At, long? Position, string Description)
{
    public static MomentView Of(Moment moment) => new(
        moment.Axis == TimeAxis.Reported ? "reported" : "recorded",
        moment.At,
        moment.Position,
        moment.ToString());
}
