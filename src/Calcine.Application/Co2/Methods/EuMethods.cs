using Calcine.Application.Co2.Output;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Cbam;
using Calcine.Domain.Accounting.EuEts;
using Calcine.Domain.Results;

namespace Calcine.Application.Co2.Methods;

public static class EuMethods
{
    public static Co2Method Mrr { get; } = new(Methodologies.EuMrr, _ => null,
        (w, py, trace) => EuJsonWriter.WriteMrr(w, py, EuMrrCalculator.Calculate(py, trace)));

    public static Co2Method Cbam { get; } = new(Methodologies.Cbam, CheckCbam,
        (w, py, trace) => EuJsonWriter.WriteCbam(w, py, CbamCalculator.Calculate(py, trace)));

    /// <summary>CBAM needs a good to embed emissions in: clinker produced, or cement ground from
    /// bought clinker (a grinding plant). Own clinker ground without any produced this year has no
    /// SEE to carry, and attributed electricity needs a factor even when generated on site.</summary>
    private static ValidationError? CheckCbam(PlantYear py)
    {
        var produced = py.Clinker.Produced.Tonnes;
        if (produced == 0m && py.CementTotal.Tonnes == 0m)
        {
            return new ValidationError("$.clinker.produced_t", "must be above 0 for cbam unless cement is ground from bought clinker (there is no good to embed emissions in)");
        }

        if (produced == 0m && ClinkerUse.Of(py).OwnUsed > 0m)
        {
            return new ValidationError("$.clinker.stockIncrease_t", "own clinker is taken from stock but none was produced this year: its embedded emissions are unknown to cbam");
        }

        var attributedMwh = py.Electricity.MegawattHoursFor(ElectricityUse.Kiln) + py.Electricity.MegawattHoursFor(ElectricityUse.CementMill);
        return attributedMwh > 0m && py.Electricity.GridEf is null
            ? new ValidationError("$.electricity.gridEf_tCO2_per_MWh", "is required for cbam: kiln and cement-mill electricity, on-site generated included, is valued at the grid factor")
            : null;
    }
}
