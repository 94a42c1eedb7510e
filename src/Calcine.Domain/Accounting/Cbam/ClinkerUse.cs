namespace Calcine.Domain.Accounting.Cbam;

/// <summary>How the clinker ground into cement splits into bought and own clinker. Bought clinker
/// is taken as used first, up to the clinker consumed (the rest went to stock or was resold); the
/// remainder is own clinker. Both the contract's cbam block and the cbam method use this rule.</summary>
public readonly record struct ClinkerUse(decimal BoughtUsed, decimal OwnUsed)
{
    public static ClinkerUse Of(PlantYear py)
    {
        var consumed = py.ClinkerConsumed.Tonnes;
        var boughtUsed = Math.Min(py.Clinker.Bought.Tonnes, consumed);
        return new ClinkerUse(boughtUsed, consumed - boughtUsed);
    }
}
