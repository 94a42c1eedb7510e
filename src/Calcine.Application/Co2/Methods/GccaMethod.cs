using Calcine.Application.Co2.Output;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;

namespace Calcine.Application.Co2.Methods;

public static class GccaMethod
{
    public static Co2Method Instance { get; } = new(Methodologies.Gcca, _ => null,
        (w, py, trace) => GccaJsonWriter.WriteContractFields(w, py, GccaCalculator.Calculate(py, trace)));
}
