using Calcine.Domain.Cems.China;
using Calcine.Domain.Cems.Eu;

namespace Calcine.Application.Cems;

/// <summary>What <c>cems evaluate</c> computed: the input as read and one of the two evaluations.</summary>
public sealed record CemsReport(MinuteCsv Input, UleEvaluation? Ule, EuIedEvaluation? Eu);
