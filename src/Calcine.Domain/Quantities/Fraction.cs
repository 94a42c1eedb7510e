namespace Calcine.Domain.Quantities;

/// <summary>A mass or energy fraction between 0 and 1 (0.655 means 65.5 %).</summary>
public readonly record struct Fraction
{
    public Fraction(decimal value)
    {
        if (value is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A fraction lies between 0 and 1.");
        }

        Value = value;
    }

    public decimal Value { get; }

    public static Fraction Zero => default;
    public static Fraction One => new(1m);
    public Fraction Complement => new(1m - Value);

    public override string ToString() => $"{Value}";
}
