using System.Text.Json;
using Calcine.Domain.Results;
using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps;

public static partial class RoadmapScenarioReader
{
    private const string Positive = "must be greater than 0";
    private const string NotNegative = "must not be negative";
    private const string FractionRule = "must be between 0 and 1";

    private static List<RoadmapPlant>? ReadPlants(RoadmapJsonObject r, List<Lever>? levers)
    {
        var items = r.Array("plants", true, 1, MaxPlants);
        if (items is null)
        {
            return null;
        }

        var plants = new List<RoadmapPlant>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (item, path) in items)
        {
            var p = ReadPlant(item, path, r.Errors, levers);
            if (p is null)
            {
                ok = false;
                continue;
            }

            if (!ids.Add(p.Id))
            {
                r.Errors.Add(new($"{path}.id", $"duplicate plant id {Co2.Document.JsonObjectReader.Quote(p.Id)}"));
                ok = false;
            }

            plants.Add(p);
        }

        return ok ? plants : null;
    }

    private static RoadmapPlant? ReadPlant(JsonElement item, string path, List<ValidationError> errors, List<Lever>? levers)
    {
        var o = RoadmapJsonObject.Open(item, path, errors);
        if (o is null)
        {
            return null;
        }

        var before = errors.Count;
        var id = o.String("id", true);
        var company = o.String("company", true);
        var name = o.String("name", false, 1000);
        var capacity = o.Number("kilnCapacity_t", true, v => v > 0, Positive);
        var baseline = ReadBaseline(o);
        var cementPath = o.YearMap("cementPath_t", false, v => v > 0, Positive);
        List<string>? leverIds = null;
        if (o.Array("leverIds", false, 0, MaxLevers) is { } list)
        {
            leverIds = [];
            foreach (var (e, p) in list)
            {
                if (RoadmapJsonObject.StringAt(e, p, 200, errors) is not { } lid)
                {
                    continue;
                }

                if (levers is not null && !levers.Any(l => l.Id == lid))
                {
                    errors.Add(new(p, $"unknown lever {Co2.Document.JsonObjectReader.Quote(lid)}"));
                }

                leverIds.Add(lid);
            }
        }

        return errors.Count > before
            ? null
            : new RoadmapPlant(id!, company!, name, capacity!.Value, baseline!, cementPath is null ? null : new YearPath(cementPath), leverIds);
    }

    private static PlantBaseline? ReadBaseline(RoadmapJsonObject plant)
    {
        var b = plant.Object("baseline", true);
        if (b is null)
        {
            return null;
        }

        var clinker = b.Number("clinker_t", true, v => v > 0, Positive);
        var cement = b.Number("cement_t", true, v => v > 0, Positive);
        var thermal = b.Number("thermalEnergy_GJ_per_tClinker", true, v => v > 0, Positive);
        var process = b.Number("processCo2_tCO2_per_tClinker", true, v => v >= 0, NotNegative);
        var electricity = b.Number("electricity_MWh_per_tCement", true, v => v >= 0, NotNegative);
        var fuels = ReadFuels(b, "fuels");
        if (fuels is not null && Math.Abs(fuels.Sum(f => f.Share) - 1) > 1e-9)
        {
            b.Error("fuels", $"the shares sum to {RoadmapJsonObject.Format(fuels.Sum(f => f.Share))}; they must sum to 1");
            fuels = null;
        }

        return clinker is null || cement is null || thermal is null || process is null || electricity is null || fuels is null
            ? null
            : new PlantBaseline(clinker.Value, cement.Value, thermal.Value, process.Value, electricity.Value, fuels);
    }

    private static List<RoadmapFuel>? ReadFuels(RoadmapJsonObject o, string name)
    {
        var items = o.Array(name, true, 1, MaxItems);
        if (items is null)
        {
            return null;
        }

        var fuels = new List<RoadmapFuel>();
        var ok = true;
        foreach (var (item, path) in items)
        {
            var f = RoadmapJsonObject.Open(item, path, o.Errors);
            if (f is null)
            {
                ok = false;
                continue;
            }

            var fuelName = f.String("name", true);
            var share = f.Number("share", true, v => v is >= 0 and <= 1, FractionRule);
            var ef = f.Number("ef_tCO2_per_GJ", true, v => v >= 0, NotNegative);
            var bio = f.Number("biogenicFraction", true, v => v is >= 0 and <= 1, FractionRule);
            var price = f.Number("price_USD_per_GJ", true, _ => true, "");
            if (fuelName is null || share is null || ef is null || bio is null || price is null)
            {
                ok = false;
                continue;
            }

            fuels.Add(new RoadmapFuel(fuelName, share.Value, ef.Value, bio.Value, price.Value));
        }

        return ok ? fuels : null;
    }
}
