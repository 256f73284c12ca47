namespace TakeUp.Data.Storage;

public enum DatabaseKind { Sqlite, Postgres }
