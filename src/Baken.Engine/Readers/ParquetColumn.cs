using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace Baken.Engine.Readers;

// One row group's values of one column, widened to what the validation rules take: numbers
// (nullable doubles), text, or UTC times.
internal sealed class ParquetColumn
{
    private static readonly Type[] NumericTypes =
        [typeof(double), typeof(float), typeof(decimal), typeof(long), typeof(int), typeof(short), typeof(sbyte),
         typeof(ulong), typeof(uint), typeof(ushort), typeof(byte), typeof(bool)];

    public double?[]? Numbers { get; private init; }

    public string?[]? Strings { get; private init; }

    public DateTime?[]? Times { get; private init; }

    public bool IsText => Strings is not null;

    public static bool IsSupported(DataField field, bool isTimestamp) =>
        !field.IsArray
        && (IsTextField(field)
            || NumericTypes.Contains(field.ClrType)
            || (isTimestamp && (field.ClrType == typeof(DateTime) || field.ClrType == typeof(DateTimeOffset))));

    // Subgroup values as text: numbers in invariant culture, null as the empty string (as in CSV).
    public string Text(int index)
    {
        if (Strings is not null)
        {
            return Strings[index] ?? "";
        }

        if (Times is not null)
        {
            return Times[index]?.ToString("O", CultureInfo.InvariantCulture) ?? "";
        }

        return Numbers![index]?.ToString("R", CultureInfo.InvariantCulture) ?? "";
    }

    public static async Task<ParquetColumn> ReadAsync(ParquetRowGroupReader rowGroup, DataField field, int count, CancellationToken ct)
    {
        var type = field.ClrType;
        if (IsTextField(field))
        {
            var strings = new string?[count];
            await rowGroup.ReadAsync(field, strings.AsMemory(), null, ct).ConfigureAwait(false);
            return new ParquetColumn { Strings = strings };
        }

        if (type == typeof(DateTime))
        {
            var values = await ReadValuesAsync<DateTime>(rowGroup, field, count, ct).ConfigureAwait(false);
            return new ParquetColumn { Times = Array.ConvertAll(values, v => v is { } t ? ToUtc(t) : (DateTime?)null) };
        }

        if (type == typeof(DateTimeOffset))
        {
            var values = await ReadValuesAsync<DateTimeOffset>(rowGroup, field, count, ct).ConfigureAwait(false);
            return new ParquetColumn { Times = Array.ConvertAll(values, v => v?.UtcDateTime) };
        }

        return new ParquetColumn { Numbers = await ReadNumbersAsync(rowGroup, field, count, ct).ConfigureAwait(false) };
    }

    // Parquet.Net 6 describes a UTF-8 column read from a file as ReadOnlyMemory<char>, one built in code as string.
    private static bool IsTextField(DataField field) =>
        field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    private static async Task<double?[]> ReadNumbersAsync(ParquetRowGroupReader rowGroup, DataField field, int count, CancellationToken ct)
    {
        var type = field.ClrType;
        if (type == typeof(double))
        {
            return await ReadValuesAsync<double>(rowGroup, field, count, ct).ConfigureAwait(false);
        }

        return type switch
        {
            _ when type == typeof(float) => Widen(await ReadValuesAsync<float>(rowGroup, field, count, ct).ConfigureAwait(false), v => v),
            _ when type == typeof(decimal) => Widen(await ReadValuesAsync<decimal>(rowGroup, field, count, ct).ConfigureAwait(false), v => (double)v),
            _ when type == typeof(long) => Widen(await ReadValuesAsync<long>(rowGroup, field, count, ct).ConfigureAwait(false), v => v),
            _ when type == typeof(int) => Widen(await ReadValuesAsync<int>(rowGroup, field, count, ct).ConfigureAwait(false), v => v),
            _ when type == typeof(short) => Widen(await ReadValuesAsync<short>(rowGroup, field, count, ct).ConfigureAwait(false), v => v),
            _ when type == typeof(sbyte) => Widen(await ReadValuesAsync<sbyte>(rowGroup, field, count, ct).ConfigureAwait(false), v => v),
            _ when type == typeof(ulong) => Widen(await ReadValuesAsync<ulong>(rowGroup, field, count, ct).ConfigureAwait(false), v => v),
            _ when type == typeof(uint) => Widen(await ReadValuesAsync<uint>(rowGroup, field, count, ct).ConfigureAwait(false), v => v),
            _ when type == typeof(ushort) => Widen(await ReadValuesAsync<ushort>(rowGroup, field, count, ct).ConfigureAwait(false), v => v),
            _ when type == typeof(byte) => Widen(await ReadValuesAsync<byte>(rowGroup, field, count, ct).ConfigureAwait(false), v => v),
            _ when type == typeof(bool) => Widen(await ReadValuesAsync<bool>(rowGroup, field, count, ct).ConfigureAwait(false), v => v ? 1.0 : 0.0),
            _ => throw new NotSupportedException($"Parquet type {type.Name} is not numeric."),
        };
    }

    private static async Task<T?[]> ReadValuesAsync<T>(ParquetRowGroupReader rowGroup, DataField field, int count, CancellationToken ct)
        where T : struct
    {
        var values = new T?[count];
        if (field.IsNullable)
        {
            await rowGroup.ReadAsync<T>(field, values.AsMemory(), null, ct).ConfigureAwait(false);
            return values;
        }

        var plain = new T[count];
        await rowGroup.ReadAsync<T>(field, plain.AsMemory(), null, ct).ConfigureAwait(false);
        for (var i = 0; i < count; i++)
        {
            values[i] = plain[i];
        }

        return values;
    }

    private static double?[] Widen<T>(T?[] values, Func<T, double> widen)
        where T : struct =>
        Array.ConvertAll(values, v => v is { } x ? widen(x) : (double?)null);

    private static DateTime ToUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };
}
