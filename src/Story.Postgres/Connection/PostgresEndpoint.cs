using System.Globalization;
using Npgsql;

namespace Story.Postgres.Connection;

/// <summary>Where a connection string points, for messages: host, port, database and user, never the password.</summary>
internal sealed record PostgresEndpoint(string Host, int Port, string Database, string User, string? Password)
{
    public static PostgresEndpoint From(NpgsqlConnectionStringBuilder builder)
    {
        var user = builder.Username ?? Environment.GetEnvironmentVariable("PGUSER") ?? Environment.UserName;
        return new(
            builder.Host ?? "localhost",
            builder.Port,
            builder.Database ?? user,
            user,
            string.IsNullOrEmpty(builder.Password) ? null : builder.Password);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{User}@{Host}:{Port}/{Database}");

    /// <summary>Removes the password from a message, in case a driver or server ever echoes it.</summary>
    public string Scrub(string message) =>
        Password is null ? message : message.Replace(Password, "***", StringComparison.Ordinal);
}
