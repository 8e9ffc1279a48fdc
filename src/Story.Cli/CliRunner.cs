using System.CommandLine;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Story.Application;
using Story.Application.Querying;
using Story.Application.Stores;
using Story.Application.Validation;
using Story.Store;

namespace Story.Cli;

/// <summary>Opens the store, hands the command a mediator, and turns known failures into one clear line and an exit code.</summary>
public static class CliRunner
{
    /// <summary>Runs a command that reads: a missing store is an error, not a new empty store.</summary>
    public static Task<int> RunAsync(ParseResult parse, Func<IMediator, Task<int>> action, CancellationToken cancellationToken) =>
        RunAsync(parse, createStore: false, action, cancellationToken);

    /// <summary>Runs a command that writes: the store is created when missing.</summary>
    public static Task<int> RunWritingAsync(ParseResult parse, Func<IMediator, Task<int>> action, CancellationToken cancellationToken) =>
        RunAsync(parse, createStore: true, action, cancellationToken);

    /// <summary>
    /// Runs a command whose input is read and checked first (<paramref name="prepare"/>), before the store is opened,
    /// so that bad input leaves the store exactly as it was, not even created.
    /// </summary>
    public static async Task<int> RunAsync<TInput>(ParseResult parse, bool createStore, Func<Task<TInput>> prepare, Func<IMediator, TInput, Task<int>> action, CancellationToken cancellationToken)
    {
        TInput input = default!;
        var prepared = await GuardAsync(async () =>
        {
            input = await prepare();
            return ExitCodes.Ok;
        }, cancellationToken);
        return prepared != ExitCodes.Ok ? prepared : await RunAsync(parse, createStore, mediator => action(mediator, input), cancellationToken);
    }

    /// <summary>Runs a command that uses no store of the user's, with the same error handling.</summary>
    public static Task<int> RunWithoutStoreAsync(Func<Task<int>> action, CancellationToken cancellationToken) => GuardAsync(action, cancellationToken);

    private static Task<int> RunAsync(ParseResult parse, bool createStore, Func<IMediator, Task<int>> action, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            var location = StoreLocation.Resolve(parse.GetValue(CommonOptions.Store));
            await using var store = await StoreOpener.OpenAsync(location, createIfMissing: createStore, cancellationToken: cancellationToken);
            await using var services = new ServiceCollection().AddStoryApplication(store).BuildServiceProvider();
            return await action(services.GetRequiredService<IMediator>());
        }, cancellationToken);

    private static async Task<int> GuardAsync(Func<Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body();
        }
        catch (InvalidInputException ex)
        {
            Error("rejected, nothing was appended:", ex.Errors.Select(e => e.ToString()));
            return ExitCodes.InvalidInput;
        }
        catch (WrongExpectedVersionException ex)
        {
            Error(ex.Message);
            return ExitCodes.VersionConflict;
        }
        catch (Exception ex) when (ex is StoreLocationException or StoreUnavailableException)
        {
            Error(ex.Message);
            return ExitCodes.StoreUnavailable;
        }
        catch (Exception ex) when (ex is NotFoundException or FileNotFoundException or DirectoryNotFoundException or ArgumentException or FormatException)
        {
            Error(ex.Message);
            return ExitCodes.Failed;
        }
        catch (System.Text.Json.JsonException ex)
        {
            Error($"the store holds data this version of story cannot read ({ex.Message}). `story verify` checks the log; on PostgreSQL `story rebuild` rebuilds the read models.");
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }
    }

    public static void Error(string message, IEnumerable<string>? details = null)
    {
        var stderr = Console.Error;
        stderr.WriteLine("error: " + message);
        foreach (var line in details ?? [])
        {
            stderr.WriteLine("  " + line);
        }
    }
}
