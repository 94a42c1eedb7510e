namespace Calcine.Domain.Recp;

/// <summary>A <c>recp-mfca/1</c> material flow model: quantity centres joined by product flows that
/// form a directed acyclic graph (recp-format.md B, ISO 14051).</summary>
public sealed record MfcaModel(string EnterpriseId, string Currency, string? Period, double MassBalanceTolerance, IReadOnlyList<MfcaCentre> Centres)
{
    public const double DefaultTolerance = 0.01;
}

public sealed record MfcaCentre(
    string Id,
    string? Name,
    IReadOnlyList<MfcaInput> Inputs,
    double EnergyCost,
    double SystemCost,
    IReadOnlyList<MfcaProduct> Products,
    IReadOnlyList<MfcaLoss> Losses);

public sealed record MfcaInput(string Name, double Kg, double Cost);

/// <summary>A positive product flow; <paramref name="To"/> is the receiving centre's index, null for a
/// final product leaving the system.</summary>
public sealed record MfcaProduct(string? Name, int? To, double Kg);

public sealed record MfcaLoss(string Name, double Kg, double WasteManagementCost);

/// <summary>Costs of one block by category; <see cref="Total"/> is their sum.</summary>
public sealed record CostBlock(double Material, double Energy, double System, double WasteManagement)
{
    public static CostBlock Zero { get; } = new(0, 0, 0, 0);

    public double Total => Material + Energy + System + WasteManagement;

    public CostBlock Plus(CostBlock o) => new(Material + o.Material, Energy + o.Energy, System + o.System, WasteManagement + o.WasteManagement);

    /// <summary>The share q/of of the material, energy and system pools (waste management is added apart).</summary>
    public CostBlock Share(double q, double of) => new(Material * q / of, Energy * q / of, System * q / of, 0);
}

public sealed record MfcaFlowCost(int? To, double Kg, CostBlock Cost);

public sealed record MfcaLossCost(string Name, double Kg, CostBlock Cost);

public sealed record MfcaCentreResult(
    MfcaCentre Centre,
    double NewInput_kg,
    double ReceivedInput_kg,
    double Input_kg,
    double Product_kg,
    double Loss_kg,
    double Output_kg,
    double MassBalanceError_kg,
    double MassBalanceErrorRel,
    double ProductShare,
    CostBlock CarriedIn,
    CostBlock CostIn,
    CostBlock PositiveProduct,
    CostBlock MaterialLoss,
    IReadOnlyList<MfcaFlowCost> ProductFlows,
    IReadOnlyList<MfcaLossCost> Losses);

public sealed record MfcaTotals(
    double NewInput_kg,
    double FinalProduct_kg,
    double Loss_kg,
    double MassBalanceError_kg,
    double MassBalanceErrorRel,
    CostBlock InputCost,
    CostBlock FinalProduct,
    CostBlock MaterialLoss,
    double? LossCostShare);

/// <summary>A mass balance outside the tolerance; <paramref name="CentreIndex"/> null for the whole system.</summary>
public sealed record MfcaWarning(string Code, int? CentreIndex, string? CentreId, double RelativeError)
{
    public string Path => CentreIndex is { } i ? $"$.centres[{i}]" : "$";
}

public sealed record MfcaResult(MfcaModel Model, IReadOnlyList<MfcaCentreResult> Centres, MfcaTotals Totals, IReadOnlyList<MfcaWarning> Warnings);
