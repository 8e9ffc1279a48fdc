using Microsoft.Data.Sqlite;
using Story.Store;

namespace Story.Sqlite.Opening;

/// <summary>Turns what SQLite reports about a file into messages that say which file and what to do.</summary>
internal static class StoreErrors
{
    // Primary result codes (the low byte of extended codes) from sqlite3.h.
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    public static StoreUnavailableException FolderMissing(string path, string folder) =>
        new($"Cannot open the SQLite store '{path}': the folder '{folder}' does not exist.");

    public static StoreUnavailableException NoStore(string path) =>
        new($"no store at {path}; run `story seed` or create it");

    public static StoreUnavailableException NotAStore(string path, string why) =>
        new($"'{path}' is an SQLite database but not a Story store: {why}.");

    public static StoreUnavailableException NewerSchema(string path, long found, long supported) =>
        new($"The Story store '{path}' has schema version {found}, but this build only knows versions up to {supported}; use a newer Story.");

    /// <summary>Whether <paramref name="exception"/> means the file itself cannot be used, rather than a bug in a query.</summary>
    public static bool IsUnavailability(SqliteException exception) =>
        (exception.SqliteErrorCode & 0xFF) is Busy or Locked or ReadOnly or IoError or Corrupt or Full or CantOpen or NotADatabase;

    public static StoreUnavailableException Unavailable(string path, SqliteException exception)
    {
        var why = (exception.SqliteErrorCode & 0xFF) switch
        {
            NotADatabase => "the file is not an SQLite database",
            Corrupt => "the database file is damaged",
            CantOpen => "the file cannot be opened (check that it exists and that its folder is writable)",
            ReadOnly => "the file is read-only",
            Busy or Locked => "another process kept the file locked for too long",
            Full => "the disk is full",
            IoError => "reading or writing the file failed",
            _ => "SQLite refused it",
        };
        return new($"Cannot use the SQLite store '{path}': {why} ({exception.Message})", exception);
    }
}
