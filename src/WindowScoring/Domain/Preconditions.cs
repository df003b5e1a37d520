using System.Runtime.CompilerServices;

namespace WindowScoring;

/// <summary>
/// The one place in the core library that throws for bad arguments (programmer errors, never data errors): every
/// <c>ArgumentException</c>, <c>ArgumentNullException</c> and <c>ArgumentOutOfRangeException</c> of the library is made
/// here (the companion package <c>WindowScoring.OpenXml</c> cannot see this internal type and throws its own two null
/// checks). A switch arm or a conditional that has no value calls <see cref="Fail{T}"/> or <see cref="FailOutOfRange{T}"/>.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    internal static string CheckNotBlank(string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        CheckNotNull(argument, paramName);
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("The value must not be empty or white space.", paramName);
        }

        return argument!;
    }

    internal static decimal CheckNotNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The value must not be negative.");
        }

        return value;
    }

    internal static decimal CheckPositive(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The value must be greater than zero.");
        }

        return value;
    }

    internal static int CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"The value must be between {min} and {max}.");
        }

        return value;
    }

    internal static void CheckArgument(bool condition, string message, string paramName)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static decimal CheckRange(decimal value, decimal min, decimal max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"The value must be between {min.ToString(System.Globalization.CultureInfo.InvariantCulture)} and {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    internal static long CheckAtLeast(long value, long min, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"The value must be at least {min.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentException"/>: for a switch arm or a conditional that has no value.</summary>
    internal static T Fail<T>(string message, string paramName) => throw new ArgumentException(message, paramName);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/>: for a switch arm or a conditional that has no value.</summary>
    internal static T FailOutOfRange<T>(object? value, string message, string paramName) => throw new ArgumentOutOfRangeException(paramName, value, message);

    internal static void CheckState(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    internal static T CheckDefined<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Unknown {typeof(T).Name} value.");
        }

        return value;
    }
}
