using MediatR;
using Story.Application.Projections;
using Story.Projections;

namespace Story.Cli;

/// <summary>Commands that answer for the latest moment read the store's read models where it keeps them (PostgreSQL).</summary>
public static class ReadModels
{
    /// <summary>
    /// Brings the read models up to the head first, so that no server needs to be running for them to be current.
    /// Any other moment is folded from the log, and a store without a daemon has nothing to catch up.
    /// </summary>
    public static async Task CatchUpAsync(IMediator mediator, Moment moment, CancellationToken cancellationToken)
    {
        if (moment.IsLatest)
        {
            await mediator.Send(new CatchUpProjections(), cancellationToken);
        }
    }
}
