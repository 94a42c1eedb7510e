using Calcine.Application.Co2.Output;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.China;
using Calcine.Domain.Results;

namespace Calcine.Application.Co2.Methods;

/// <summary>The Chinese methods: the 2013 guideline / GB/T 32151.8-2015 and the 2024 CETS cement
/// guideline (whose default tables are unverified transcriptions; results say when they were used).</summary>
public static class ChinaMethods
{
    public static Co2Method Cn2013 { get; } = new(Methodologies.China2013, py => First(China2013Calculator.Check(py)),
        (w, py, trace) => ChinaJsonWriter.Write2013(w, China2013Calculator.Calculate(py, trace)));

    public static Co2Method Cets2024 { get; } = new(Methodologies.ChinaCets2024, py => First(ChinaCets2024Calculator.Check(py)),
        (w, py, trace) => ChinaJsonWriter.WriteCets2024(w, ChinaCets2024Calculator.Calculate(py, trace)));

    private static ValidationError? First(IReadOnlyList<ValidationError> errors) => errors.Count == 0 ? null : errors[0];
}
