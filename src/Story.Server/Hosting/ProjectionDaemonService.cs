using Story.Application.Projections;

namespace Story.Server.Hosting;

/// <summary>
/// Runs the store's projection daemon for as long as the server runs (PostgreSQL keeps read models;
/// on other engines there is no daemon and this does nothing). A failing daemon is logged and retried, not fatal:
/// queries stay exact because they fold whatever the read model has not reached yet.
/// </summary>
public sealed class ProjectionDaemonService(IServiceProvider services, ILogger<ProjectionDaemonService> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetService<IProjectionDaemon>() is not { } daemon)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await daemon.RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The projection daemon stopped; restarting in {Delay}", RetryDelay);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }
}
