namespace Story.Store.Tests.Postgres;

/// <summary>Every PostgreSQL test class shares one server, and runs one at a time (a restart or a killed backend affects the whole server).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "PostgreSQL server";
}
