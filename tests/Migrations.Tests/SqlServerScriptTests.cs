using GutAusgestattet.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace GutAusgestattet.Migrations.Tests;

/// <summary>
/// No SQL Server runs here, so this is as far as SQL Server support can be proven: each service's
/// SQL Server migrations exist, match the model, and script to T-SQL that parses without error.
/// </summary>
public class SqlServerScriptTests
{
    public static TheoryData<string> Contexts => ServiceContexts.Names(ServiceContexts.SqlServer);

    private static DbContext Create(string name) =>
        ServiceContexts.Create(name, options => options.UseSqlServer("Server=localhost;Database=script-only"));

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Migrations_script_to_valid_T_SQL(string contextName)
    {
        using var db = Create(contextName);
        Assert.NotEmpty(db.Database.GetMigrations());
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
        Assert.Contains("CREATE TABLE", script);
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Migrations_cover_the_whole_model(string contextName)
    {
        using var db = Create(contextName);
        Assert.False(db.Database.HasPendingModelChanges(), $"{contextName} has model changes without a migration: add one with dotnet ef (see README).");
    }

    /// <summary>The SQL Server side of the tenant wall: each table with a TenantId column gets its security policy.</summary>
    [Theory]
    [MemberData(nameof(Contexts))]
    public void Every_table_with_a_tenant_column_gets_a_security_policy(string contextName)
    {
        using var db = Create(contextName);
        var script = db.GetService<IMigrator>().GenerateScript();
        // Owned collections in tables of their own (the needs of a recorded response) are walled behind their owner.
        var tables = db.Model.GetEntityTypes().Where(e => e.FindProperty("TenantId") is not null || e.IsOwned()).Select(e => e.GetTableName()!).Distinct().ToList();
        Assert.NotEmpty(tables);
        Assert.Contains("SESSION_CONTEXT(N''app.tenant'')", script);
        foreach (var table in tables)
            Assert.Contains($"CREATE SECURITY POLICY [dbo].[{TenantRowSecurity.SqlServerPolicy(table)}]", script);
    }

    [Fact]
    public void The_service_role_grants_the_replicas_lock_and_the_session_tenant_are_valid_T_SQL()
    {
        foreach (var sql in DatabaseLock.SqlServerStatements.Append(ServiceRoleGrants.Sql(DatabaseProvider.SqlServer, "gaps_service")).Append(TenantRowSecurity.SqlServerSession))
        {
            // The parameters are declared by the client when it sends the statement.
            new TSql170Parser(true).Parse(new StringReader($"DECLARE @name nvarchar(255) = N'outbox-delivery', @tenant nvarchar(8) = N'09162000';\n{sql}"), out var errors);
            Assert.True(errors.Count == 0, $"{sql}: {string.Join("; ", errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public void Gaps_statements_on_shared_rows_are_valid_T_SQL()
    {
        foreach (var sql in GutAusgestattet.Gaps.Persistence.SharedRows.SqlServerStatements)
        {
            // EF declares the parameters when it sends the statement; the parser checks no types.
            new TSql170Parser(true).Parse(new StringReader($"DECLARE @p0 nvarchar(8), @p1 nvarchar(max), @p2 nvarchar(32), @p3 nvarchar(16);\n{sql}"), out var errors);
            Assert.True(errors.Count == 0, $"{sql}: {string.Join("; ", errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public void The_parser_really_rejects_broken_T_SQL()
    {
        new TSql170Parser(true).Parse(new StringReader("CREATE TABLE [x] ([id] int NOT NULL,"), out var errors);
        Assert.NotEmpty(errors);
    }
}
