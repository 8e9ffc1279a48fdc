using Story.Application;
using Story.Server.Access;
using Story.Server.Claims;
using Story.Server.Facts;
using Story.Server.Health;
using Story.Server.Ingesting;
using Story.Server.Story;
using Story.Server.Stream;
using Story.Store;

namespace Story.Server.Hosting;

/// <summary>How the server is put together: services on the builder, then middleware and endpoints on the app.</summary>
public static class StoryServer
{
    /// <summary>The page is served from <c>wwwroot</c> beside the program (copied there on build), so it works from any working folder.</summary>
    public static string? WebRoot()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(beside) ? beside : null;
    }

    public static WebApplicationBuilder AddStoryServer(this WebApplicationBuilder builder, ServerSettings settings, IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        builder.WebHost.UseUrls(settings.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes);

        // Request lines carry query strings and the banner already says where we listen; keep the console for what matters.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);

        var services = builder.Services;
        services.AddStoryApplication(store);
        services.AddSingleton(settings);
        services.AddSingleton(AccessPolicy.From(builder.Configuration));
        services.AddSingleton<StartupBanner>();
        services.AddHostedService<ProjectionDaemonService>();
        services.ConfigureHttpJsonOptions(json => StoryJson.Configure(json.SerializerOptions));
        services.AddProblemDetails();
        services.AddExceptionHandler<StoryProblems>();
        services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapStoryServer(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseDefaultFiles();
        app.UseStaticFiles();

        app.MapOpenApi();
        app.MapHealth();
        app.MapAccess();
        app.MapFacts();
        app.MapRawReports();
        app.MapStory();
        app.MapClaims();
        app.MapStream();

        var banner = app.Services.GetRequiredService<StartupBanner>();
        app.Lifetime.ApplicationStarted.Register(() => banner.Print(app.Urls));
        return app;
    }
}
