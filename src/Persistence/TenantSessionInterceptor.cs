using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace GutAusgestattet.Persistence;

/// <summary>
/// Tells the database which tenant a <see cref="TenantDbContext"/>'s connection works for (see
/// <see cref="TenantRowSecurity"/>): on every open, since a pooled connection may come with another
/// unit of work's setting, and again before a command whenever the scope's view changed since
/// (it got its tenant, or opened or closed <see cref="TenantDbContext.AcrossTenants"/>) or a rollback
/// may have restored an older value. One instance serves all contexts: what it applied last is kept
/// on each context.
/// </summary>
public sealed class TenantSessionInterceptor : DbConnectionInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    public static readonly TenantSessionInterceptor Instance = new();

    private TenantSessionInterceptor() { }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        Apply(eventData.Context, connection, null);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ApplyAsync(eventData.Context, connection, null, cancellationToken);

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Reapplied(eventData.Context, command, result);

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ReappliedAsync(eventData.Context, command, result, cancellationToken);

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Reapplied(eventData.Context, command, result);

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ReappliedAsync(eventData.Context, command, result, cancellationToken);

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Reapplied(eventData.Context, command, result);

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ReappliedAsync(eventData.Context, command, result, cancellationToken);

    // A session setting changed inside a transaction reverts with its rollback.
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => Forget(eventData.Context);

    public Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Forget(DbContext? context)
    {
        if (context is TenantDbContext db) db.AppliedSession = null;
    }

    private static T Reapplied<T>(DbContext? context, DbCommand command, T result)
    {
        if (context is TenantDbContext db && db.AppliedSession != db.WantedSession) Apply(db, command.Connection!, command.Transaction);
        return result;
    }

    private static async ValueTask<T> ReappliedAsync<T>(DbContext? context, DbCommand command, T result, CancellationToken ct)
    {
        if (context is TenantDbContext db && db.AppliedSession != db.WantedSession) await ApplyAsync(db, command.Connection!, command.Transaction, ct);
        return result;
    }

    private static void Apply(DbContext? context, DbConnection connection, DbTransaction? transaction)
    {
        if (context is not TenantDbContext db) return;
        var value = db.WantedSession;
        using var command = Command(connection, transaction, value);
        command.ExecuteNonQuery();
        db.AppliedSession = value;
    }

    private static async Task ApplyAsync(DbContext? context, DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        if (context is not TenantDbContext db) return;
        var value = db.WantedSession;
        await using var command = Command(connection, transaction, value);
        await command.ExecuteNonQueryAsync(ct);
        db.AppliedSession = value;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string value)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = connection is NpgsqlConnection ? TenantRowSecurity.PostgreSqlSession : TenantRowSecurity.SqlServerSession;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "tenant";
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return command;
    }
}
