namespace WindowScoring.Tests;

/// <summary>Reusable checks of the equality and ordering contracts of value types.</summary>
internal static class Contracts
{
    internal static void Equality<T>(T value, T equal, T different)
        where T : IEquatable<T>
    {
        value.Equals(equal).Should().BeTrue();
        value.Equals(different).Should().BeFalse();
        value.Equals((object?)equal).Should().BeTrue();
        value.Equals((object?)different).Should().BeFalse();
        value.Equals((object?)null).Should().BeFalse();
        value!.GetHashCode().Should().Be(equal!.GetHashCode());
        Operator<T>("op_Equality", value, equal).Should().BeTrue();
        Operator<T>("op_Equality", value, different).Should().BeFalse();
        Operator<T>("op_Inequality", value, different).Should().BeTrue();
        Operator<T>("op_Inequality", value, equal).Should().BeFalse();
    }

    internal static void Ordering<T>(T smaller, T equalToSmaller, T greater)
        where T : IComparable<T>, IComparable
    {
        smaller.CompareTo(greater).Should().BeNegative();
        greater.CompareTo(smaller).Should().BePositive();
        smaller.CompareTo(equalToSmaller).Should().Be(0);
        ((IComparable)smaller).CompareTo(greater).Should().BeNegative();
        ((IComparable)smaller).CompareTo(null).Should().BePositive();
        FluentActions.Invoking(() => ((IComparable)smaller).CompareTo("x")).Should().Throw<ArgumentException>();
        Operator<T>("op_LessThan", smaller, greater).Should().BeTrue();
        Operator<T>("op_LessThan", greater, smaller).Should().BeFalse();
        Operator<T>("op_LessThanOrEqual", smaller, equalToSmaller).Should().BeTrue();
        Operator<T>("op_GreaterThan", greater, smaller).Should().BeTrue();
        Operator<T>("op_GreaterThanOrEqual", smaller, equalToSmaller).Should().BeTrue();
        Operator<T>("op_GreaterThanOrEqual", smaller, greater).Should().BeFalse();
    }

    private static bool Operator<T>(string name, T left, T right)
    {
        var method = typeof(T).GetMethod(name, [typeof(T), typeof(T)]);
        method.Should().NotBeNull($"{typeof(T).Name} should define {name}");
        return (bool)method!.Invoke(null, [left, right])!;
    }
}
