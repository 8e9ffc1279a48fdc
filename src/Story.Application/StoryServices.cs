using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Story.Application.Appending;
using Story.Application.Projections;
using Story.Application.Validation;
using Story.Entities;
using Story.Postgres;
using Story.Postgres.Projections;
using Story.Store;

namespace Story.Application;

/// <summary>
/// Registers the application: MediatR (5.1, wired by hand: its DI package is not in our source), handlers, validators,
/// and, on a store that keeps read models (PostgreSQL), its projection daemon as <see cref="IProjectionDaemon"/> and
/// <see cref="IReadModel"/>.
/// </summary>
public static class StoryServices
{
    public static IServiceCollection AddStoryApplication(this IServiceCollection services, IEventStore store, TimeProvider? time = null)
    {
        services.AddSingleton(store);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(_ => Gazetteer.CreateDefault());
        services.AddSingleton<FactBatchPreparer>();
        services.AddSingleton<ServiceFactory>(provider => provider.GetService!);
        services.AddTransient<IMediator, Mediator>();
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        if (store is PostgresEventStore postgres)
        {
            var projections = new PostgresProjections(new ProjectionDaemon(postgres));
            services.AddSingleton<IProjectionDaemon>(projections);
            services.AddSingleton<IReadModel>(projections);
        }

        var openContracts = new[] { typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>) };
        foreach (var type in typeof(StoryServices).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && openContracts.Contains(i.GetGenericTypeDefinition())))
            {
                services.AddTransient(contract, type);
            }
        }

        return services;
    }
}
