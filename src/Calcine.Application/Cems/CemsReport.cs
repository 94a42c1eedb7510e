using Calcine.Domain.Cems.China;
using Calcine.Domain.Cems.Eu;

namespace Calcine.Application.Cems;

/// <summary>What <c>cems evaluate</c> computed: the input as read and one of the two evaluations.</summary>
/// <param name="IncludePeriods">Write every hourly (EU: half-hourly) value with its status, so an
/// auditor can recompute each monthly figure.</param>
public sealed record CemsReport(MinuteCsv Input, UleEvaluation? Ule, EuIedEvaluation? Eu, bool IncludePeriods = false);
