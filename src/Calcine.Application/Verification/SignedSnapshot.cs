using System.Security.Cryptography;
using System.Text;
using Calcine.Application.Activity;
using Calcine.Application.Co2;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Results;
using Calcine.Storage;
using Calcine.Storage.Activity;

namespace Calcine.Application.Verification;

/// <summary>The year's plant-year/1 document and its GCCA inventory as they are now: what a
/// submission must make valid, and what a sign-off stores.</summary>
public sealed record SignedSnapshot(string DocumentJson, string InventoryJson)
{
    public const string Method = "gcca";

    /// <summary>The snapshot, or the errors why the year's data cannot be submitted or signed:
    /// months not entered (a year built from months needs all twelve; a month of standstill is
    /// entered with zeros), an invalid document, or inputs the GCCA method needs. Plausibility
    /// warnings do not block: they are the verifier's to judge.</summary>
    public static async Task<Result<SignedSnapshot>> TakeAsync(CalcineDbContext db, int plantId, int year, PlantYearEntity? entity, CancellationToken ct)
    {
        if (entity is null || entity.Source == PlantYearSources.Months)
        {
            var missingMonths = Enumerable.Range(1, 12).Except(entity?.Months.Select(m => m.Month) ?? []).ToList();
            if (missingMonths.Count > 0)
            {
                return Result<SignedSnapshot>.Fail([.. missingMonths.Select(m => new ValidationError($"months[{m}]", "not entered; every month of the year is needed"))]);
            }
        }

        var bytes = await PlantYearStore.DocumentAsync(db, plantId, year, entity, ct);
        var document = PlantYearReader.Read(bytes);
        if (!document.Success)
        {
            return Result<SignedSnapshot>.Fail(document.Errors);
        }

        var missing = Co2Report.CheckInputs(document.Value, Method);
        if (missing.Count > 0)
        {
            return Result<SignedSnapshot>.Fail(missing);
        }

        using var report = new MemoryStream();
        Co2Report.Write(report, document.Value, Method, withTrace: false);
        return Result<SignedSnapshot>.Ok(new SignedSnapshot(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(report.ToArray())));
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
