using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Storage.Internal.Mapping;
using NpgsqlTypes;

namespace GutAusgestattet.Persistence;

/// <summary>
/// One column of a <see cref="BulkCopy"/>: reads the value from a staged row, converted as EF would
/// (the model's value converter; a null is not converted), and writes it with its static type. Compiled
/// once per column, so a value costs a delegate call instead of a boxed getter and Npgsql resolving the
/// type of every boxed value anew — a third of the copy's own CPU time.
/// </summary>
internal abstract class BulkCopyColumn
{
    public abstract Task WriteAsync(NpgsqlBinaryImporter writer, object row, CancellationToken ct);

    public static BulkCopyColumn For(IProperty property)
    {
        var mapping = property.GetRelationalTypeMapping();
        var row = Expression.Parameter(typeof(object), "row");
        var member = property.GetMemberInfo(forMaterialization: false, forSet: false);
        Expression value = Expression.MakeMemberAccess(Expression.Convert(row, member.DeclaringType!), member);
        if (mapping.Converter is { } converter) value = ToProvider(value, converter);
        var read = Expression.Lambda(value, row).Compile();
        var dbType = mapping is INpgsqlTypeMapping npgsql ? npgsql.NpgsqlDbType : (NpgsqlDbType?)null;
        var column = Nullable.GetUnderlyingType(value.Type) is { } underlying
            ? typeof(NullableColumn<>).MakeGenericType(underlying)
            : typeof(Column<>).MakeGenericType(value.Type);
        return (BulkCopyColumn)Activator.CreateInstance(column, read, dbType)!;
    }

    private static Expression ToProvider(Expression value, ValueConverter converter)
    {
        var toProvider = converter.ConvertToProviderExpression;
        var model = value.Type == converter.ModelClrType ? value : Expression.Convert(value, converter.ModelClrType);
        var converted = ReplacingExpressionVisitor.Replace(toProvider.Parameters[0], model, toProvider.Body);
        if (value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null) return converted;
        var provider = converted.Type.IsValueType ? typeof(Nullable<>).MakeGenericType(converted.Type) : converted.Type;
        return Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)),
            Expression.Constant(null, provider), Expression.Convert(converted, provider));
    }

    private sealed class Column<T>(Func<object, T> read, NpgsqlDbType? dbType) : BulkCopyColumn
    {
        public override Task WriteAsync(NpgsqlBinaryImporter writer, object row, CancellationToken ct)
        {
            var value = read(row);
            if (value is null) return writer.WriteNullAsync(ct);
            return dbType is { } type ? writer.WriteAsync(value, type, ct) : writer.WriteAsync(value, ct);
        }
    }

    private sealed class NullableColumn<T>(Func<object, T?> read, NpgsqlDbType? dbType) : BulkCopyColumn where T : struct
    {
        public override Task WriteAsync(NpgsqlBinaryImporter writer, object row, CancellationToken ct)
        {
            if (read(row) is not { } value) return writer.WriteNullAsync(ct);
            return dbType is { } type ? writer.WriteAsync(value, type, ct) : writer.WriteAsync(value, ct);
        }
    }
}
