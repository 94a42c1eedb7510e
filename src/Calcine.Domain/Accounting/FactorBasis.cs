namespace Calcine.Domain.Accounting;

/// <summary>Where a factor a method used came from: stated in the document, calculated from other
/// document values, or the methodology's default. Results carry it so output can say so.</summary>
public enum FactorBasis { Given, Computed, Default }
