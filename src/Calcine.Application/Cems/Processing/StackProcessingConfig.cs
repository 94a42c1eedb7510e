using Calcine.Domain.Cems;

namespace Calcine.Application.Cems.Processing;

/// <summary>What processing needs to know about a stack: its local clock and its pollutant
/// channels (unit, basis, reference O2). O2 is taken as reported on a dry basis.</summary>
public sealed record StackProcessingConfig(int StackId, TimeSpan UtcOffset, IReadOnlyList<ChannelConfig> Channels)
{
    public ChannelConfig? ChannelFor(Pollutant pollutant) => Channels.FirstOrDefault(c => c.Pollutant == pollutant);
}
