using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

/// <summary>Shares of itemised mineral components in cement, per kind recognised from the item names, against
/// the EN 197-1 composition limits; and a set regulator (gypsum, anhydrite) among them. The total is the
/// complement of the clinker factor, checked by PY005.</summary>
public sealed class MineralComponentsRule : SingleYearRule
{
    private static readonly (string Kind, string RangeKey, string[] Keywords)[] Kinds =
    [
        ("set regulator", RangeKeys.GypsumShare, ["gypsum", "anhydrite", "set regulator"]),
        ("limestone", RangeKeys.LimestoneShare, ["limestone", "lime stone"]),
        ("slag", RangeKeys.SlagShare, ["slag", "ggbs", "ggbfs"]),
        ("fly ash", RangeKeys.FlyAshShare, ["fly ash", "flyash", "pfa"]),
        ("pozzolana", RangeKeys.PozzolanaShare, ["pozzolan", "pozzolana", "pozzolanic", "trass", "calcined clay"]),
    ];

    public override string Id => "PY020";
    public override string Description => "Share of each mineral component in cement (itemised list)";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var items = year.Document.Cement.MineralComponentItems;
        var cement = year.Gcca.Cement;
        if (items.Count == 0 || cement == 0m || year.Gcca.ClinkerConsumed == 0m)
        {
            yield break;
        }

        foreach (var (kind, key, keywords) in Kinds)
        {
            var indices = Enumerable.Range(0, items.Count).Where(i => NameKeywords.FirstIn(items[i].Name, keywords) is not null).ToList();
            var share = indices.Sum(i => items[i].Mass.Tonnes) / cement;
            if (input.Ranges[key].Contains(share))
            {
                continue;
            }

            var path = indices.Count == 1 ? $"$.cement.mineralComponents[{indices[0]}].mass_t" : "$.cement.mineralComponents";
            var names = indices.Count == 0 ? "none of the items" : string.Join(", ", indices.Select(i => $"\"{items[i].Name}\""));
            yield return input.Warn(year, Id, path, share, key, indices.Count == 0
                ? $"The itemised mineral components list no {kind}" +
                  (key == RangeKeys.GypsumShare ? " (gypsum, anhydrite), which every Portland cement contains" : "") +
                  "; it is probably missing, so cement and the cementitious denominator are understated."
                : $"The {kind} in cement ({names}) is {Show.Percent(share)} of cement (clinker consumed + mineral components), " +
                  "outside the composition limits of common cements; check the tonnage and that the item is consumed for cement.");
        }
    }
}
