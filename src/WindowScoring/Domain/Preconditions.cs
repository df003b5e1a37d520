using System.Runtime.CompilerServices;

namespace WindowScoring;

/// <summary>The one place that throws for bad arguments (programmer errors, never data errors).</summary>
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
