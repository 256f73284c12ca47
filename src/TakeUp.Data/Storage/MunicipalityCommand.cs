using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TakeUp.Data.Storage;

/// <summary>A command on one municipality's rows: the SQL names it <c>@m</c>, bound here.</summary>
public static class MunicipalityCommand
{
    public static DbCommand Create(DbConnection connection, DbTransaction? transaction, string municipality, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Bind(command, "m", municipality);
        return command;
    }

    /// <summary>
    /// Binds the SQL's <c>@name</c> to <paramref name="value"/>: null as SQL NULL, and on SQLite a time as the text
    /// EF Core stores (<c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>), so rows written here and through EF Core compare alike.
    /// </summary>
    public static void Bind(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value switch
        {
            null => DBNull.Value,
            DateTime t when command is SqliteCommand => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
            _ => value,
        };
        command.Parameters.Add(parameter);
    }
}
