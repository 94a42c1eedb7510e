using Calcine.Storage;
using Microsoft.Extensions.Options;

namespace Calcine.Application.Regulatory;

/// <summary>The regulatory reports of a plant's reporting year, built once for the API's files, the
/// pages and the PDFs alike. Access (reading the plant) is checked by the caller.</summary>
public sealed class RegulatoryReports(CalcineDbContext db, IOptions<CbamDefaultValues> defaults)
{
    public async Task<CbamDataSet> CbamAsync(int id, int year, CancellationToken ct) =>
        CbamDataSetBuilder.Build(await RegulatoryYear.LoadAsync(db, id, year, ct), defaults.Value);

    public async Task<ChinaEtsReport> ChinaAsync(int id, int year, CancellationToken ct) =>
        ChinaEtsReport.Build(await RegulatoryYear.LoadAsync(db, id, year, ct));
}
