using Calcine.Domain.Results;

namespace Calcine.Domain.Recp;

/// <summary>Material flow cost accounting after ISO 14051: each centre's material, energy and system
/// cost pools are allocated to its product flows and losses by mass; waste management is wholly a loss
/// cost; product flows carry their cost categories downstream (recp-format.md B).</summary>
public static class MfcaCalculator
{
    public static Result<MfcaResult> Calculate(MfcaModel model)
    {
        var centres = model.Centres;
        var successors = MfcaGraph.Successors(centres);
        if (MfcaGraph.FirstCentreOnCycle(successors) is { } k)
        {
            return Result<MfcaResult>.Fail($"$.centres[{k}]", $"centre {centres[k].Id} can reach itself: the product flows form a cycle");
        }

        var receivedKg = new double[centres.Count];
        var receivedCost = Enumerable.Repeat(CostBlock.Zero, centres.Count).ToArray();
        var results = new MfcaCentreResult?[centres.Count];
        var errors = new List<ValidationError>();
        foreach (var i in MfcaGraph.TopologicalOrder(successors))
        {
            var r = Centre(centres[i], receivedKg[i], receivedCost[i]);
            if (r.Input_kg <= 0)
            {
                errors.Add(new($"$.centres[{i}]", "has no input mass: no new input and nothing received"));
            }

            if (r.Output_kg <= 0)
            {
                errors.Add(new($"$.centres[{i}]", "has no output mass: no product and no loss"));
            }

            if (r.Input_kg <= 0 || r.Output_kg <= 0)
            {
                continue;
            }

            results[i] = r;
            foreach (var f in r.ProductFlows.Where(f => f.To is not null))
            {
                receivedKg[f.To!.Value] += f.Kg;
                receivedCost[f.To.Value] = receivedCost[f.To.Value].Plus(f.Cost);
            }
        }

        if (errors.Count > 0)
        {
            return Result<MfcaResult>.Fail([.. errors.OrderBy(e => e.Path, StringComparer.Ordinal)]);
        }

        var list = results.Select(r => r!).ToList();
        var totals = Totals(list);
        var warnings = new List<MfcaWarning>();
        for (var i = 0; i < list.Count; i++)
        {
            if (Math.Abs(list[i].MassBalanceErrorRel) > model.MassBalanceTolerance)
            {
                warnings.Add(new("mass-balance", i, list[i].Centre.Id, list[i].MassBalanceErrorRel));
            }
        }

        if (Math.Abs(totals.MassBalanceErrorRel) > model.MassBalanceTolerance)
        {
            warnings.Add(new("mass-balance", null, null, totals.MassBalanceErrorRel));
        }

        return Result<MfcaResult>.Ok(new MfcaResult(model, list, totals, warnings));
    }

    private static MfcaCentreResult Centre(MfcaCentre c, double receivedKg, CostBlock carriedIn)
    {
        var newKg = c.Inputs.Sum(x => x.Kg);
        var inputKg = newKg + receivedKg;
        var productKg = c.Products.Sum(p => p.Kg);
        var lossKg = c.Losses.Sum(l => l.Kg);
        var outputKg = productKg + lossKg;
        var wasteManagement = c.Losses.Sum(l => l.WasteManagementCost);
        var costIn = new CostBlock(carriedIn.Material + c.Inputs.Sum(x => x.Cost), carriedIn.Energy + c.EnergyCost, carriedIn.System + c.SystemCost, wasteManagement);
        var flows = c.Products.Select(p => new MfcaFlowCost(p.To, p.Kg, Allocate(costIn, p.Kg, outputKg))).ToList();
        var losses = c.Losses.Select(l => new MfcaLossCost(l.Name, l.Kg, Allocate(costIn, l.Kg, outputKg) with { WasteManagement = l.WasteManagementCost })).ToList();
        var error = inputKg - outputKg;
        return new MfcaCentreResult(
            c,
            newKg,
            receivedKg,
            inputKg,
            productKg,
            lossKg,
            outputKg,
            error,
            inputKg > 0 ? error / inputKg : 0,
            outputKg > 0 ? productKg / outputKg : 0,
            carriedIn with { WasteManagement = 0 },
            costIn,
            Allocate(costIn, productKg, outputKg),
            Allocate(costIn, lossKg, outputKg) with { WasteManagement = wasteManagement },
            flows,
            losses);
    }

    private static CostBlock Allocate(CostBlock pools, double kg, double outputKg) =>
        outputKg > 0 ? pools.Share(kg, outputKg) : CostBlock.Zero;

    private static MfcaTotals Totals(List<MfcaCentreResult> centres)
    {
        var newKg = centres.Sum(c => c.NewInput_kg);
        var finals = centres.SelectMany(c => c.ProductFlows).Where(f => f.To is null).ToList();
        var finalKg = finals.Sum(f => f.Kg);
        var lossKg = centres.Sum(c => c.Loss_kg);
        var inputCost = new CostBlock(
            centres.Sum(c => c.Centre.Inputs.Sum(x => x.Cost)),
            centres.Sum(c => c.Centre.EnergyCost),
            centres.Sum(c => c.Centre.SystemCost),
            centres.Sum(c => c.CostIn.WasteManagement));
        var finalCost = finals.Aggregate(CostBlock.Zero, (a, f) => a.Plus(f.Cost));
        var lossCost = centres.Aggregate(CostBlock.Zero, (a, c) => a.Plus(c.MaterialLoss));
        var error = newKg - finalKg - lossKg;
        return new MfcaTotals(
            newKg,
            finalKg,
            lossKg,
            error,
            newKg > 0 ? error / newKg : 0,
            inputCost,
            finalCost,
            lossCost,
            inputCost.Total != 0 ? lossCost.Total / inputCost.Total : null);
    }
}
