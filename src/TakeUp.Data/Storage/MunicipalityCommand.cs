using System.Data.Common;

namespace TakeUp.Data.Storage;

/// <summary>A command on one municipality's rows: the SQL names it <c>@m</c>, bound here.</summary>
public static class MunicipalityCommand
{
    public static DbCommand Create(DbConnection connection, DbTransaction? transaction, string municipality, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "m";
        parameter.Value = municipality;
        command.Parameters.Add(parameter);
        return command;
    }
}
