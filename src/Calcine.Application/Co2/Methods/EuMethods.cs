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

    /// <summary>Specific embedded emissions are per tonne of clinker produced: without clinker there is nothing to embed.</summary>
    private static ValidationError? CheckCbam(PlantYear py) =>
        py.Clinker.Produced.Tonnes > 0m ? null : new ValidationError("$.clinker.produced_t", "must be above 0 for cbam (SEE are per tonne of clinker produced)");
}
