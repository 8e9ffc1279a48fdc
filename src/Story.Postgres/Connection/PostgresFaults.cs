using System.Net.Sockets;
using Npgsql;
using Story.Store;

namespace Story.Postgres.Connection;

/// <summary>Turns driver errors into the store's typed failures, with messages that say what to do and never show the password.</summary>
internal static class PostgresFaults
{
    /// <summary>Whether the error means the database cannot be reached (down, restarting, connection lost), not that a statement was wrong.</summary>
    public static bool IsConnectionFailure(Exception exception) => exception switch
    {
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exception
            || pg.SqlState.StartsWith("57P", StringComparison.Ordinal) // admin/crash shutdown, cannot connect now
            || pg.SqlState == PostgresErrorCodes.TooManyConnections,
        NpgsqlException => true, // I/O, timeouts, pool exhaustion: the driver's own failures
        SocketException or IOException or TimeoutException => true,
        _ => false,
    };

    /// <summary>Whether the server refused the login itself (wrong password, no pg_hba.conf entry, unknown role).</summary>
    public static bool IsLoginRejected(Exception exception) =>
        exception is PostgresException pg && pg.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification;

    public static StoreUnavailableException AtOpen(PostgresEndpoint endpoint, Exception exception)
    {
        var message = exception switch
        {
            PostgresException pg when IsLoginRejected(pg) =>
                $"PostgreSQL at {endpoint} refused the login: {pg.MessageText}. Check the user name and password in the connection string.",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } pg =>
                $"PostgreSQL at {endpoint}: {pg.MessageText}. Create it first (for example `createdb {endpoint.Database}`) or point the connection string at an existing database.",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } pg =>
                $"PostgreSQL at {endpoint} did not allow creating the event store schema: {pg.MessageText}. Grant the user CREATE on the database, or create the schema with a user that may.",
            _ when IsConnectionFailure(exception) =>
                $"PostgreSQL at {endpoint} is not reachable: {Innermost(exception)}. Is the server running and accepting connections there?",
            _ => $"PostgreSQL at {endpoint} could not be opened as an event store: {exception.Message}",
        };
        return new StoreUnavailableException(endpoint.Scrub(message), exception);
    }

    public static StoreUnavailableException During(PostgresEndpoint endpoint, string operation, Exception exception) =>
        new(endpoint.Scrub($"PostgreSQL at {endpoint} was lost while {operation}: {Innermost(exception)}."), exception);

    private static string Innermost(Exception exception)
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var text = e is PostgresException pg ? pg.MessageText : e.Message;
            if (!messages.Contains(text))
            {
                messages.Add(text.TrimEnd('.'));
            }
        }

        return string.Join(": ", messages);
    }
}
