namespace Calcine.Storage.Verification;

public static class VerificationLimits
{
    /// <summary>Longest finding or answer text, in characters.</summary>
    public const int MaxText = 4000;
}
