namespace Story.Application.Stores;

public enum StoreEngine
{
    Sqlite,
    Postgres,
    KurrentDb,
}
