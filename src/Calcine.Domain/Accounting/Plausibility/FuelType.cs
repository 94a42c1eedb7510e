namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>A fuel recognised by keywords in its name, with the category it normally belongs to.
/// Each keyword is one or more whole words, matched in the name in order and in singular or plural
/// ("tyre" matches "tyres").</summary>
public sealed record FuelType(string Id, string DisplayName, FuelCategory UsualCategory, IReadOnlyList<string> Keywords);

/// <summary>The result of matching a fuel name: a known type, or only its declared category
/// (then the category-wide ranges apply). <see cref="Describe"/> says which, for the warning text.</summary>
public sealed record FuelTypeMatch(FuelType? Type, FuelCategory Category, string? Keyword)
{
    public string LhvKey => Type is null ? RangeKeys.FuelCategoryLhv(Category) : RangeKeys.FuelLhv(Type);
    public string EfKey => Type is null ? RangeKeys.FuelCategoryEf(Category) : RangeKeys.FuelEf(Type);

    public string Describe() => Type is null
        ? $"name not recognised as a known fuel type, so the range of category {RangeKeys.CategoryName(Category)} applies"
        : $"matched to fuel type {Type.DisplayName} by the keyword \"{Keyword}\"";
}
