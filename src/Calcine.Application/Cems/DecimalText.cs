using System.Globalization;

namespace Calcine.Application.Cems;

/// <summary>Parses the plain decimals a DAS writes (<c>11.24</c>, <c>-0.5</c>) about ten times faster
/// than <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out double)"/>,
/// with the identical result: with at most 15 significant digits both the digit string and the power
/// of ten are exact doubles, and IEEE division rounds their quotient correctly (Clinger's fast path).
/// Anything else (exponent, more digits, NaN text) goes to the framework parser.</summary>
public static class DecimalText
{
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];

    public static bool TryParse(ReadOnlySpan<byte> text, out double value) =>
        TryParseFast(text, out value) || double.TryParse(text, Style, CultureInfo.InvariantCulture, out value);

    private static bool TryParseFast(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            negative = text[i] == '-';
            i++;
        }

        long mantissa = 0;
        int digits = 0, fractionDigits = 0;
        var seenPoint = false;
        for (; i < text.Length; i++)
        {
            var b = text[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                if (mantissa != 0 || b != '0')
                {
                    digits++;
                }

                mantissa = (mantissa * 10) + (b - '0');
                if (seenPoint)
                {
                    fractionDigits++;
                }

                if (digits > 15 || fractionDigits > 15)
                {
                    return false;
                }
            }
            else if (b == '.' && !seenPoint)
            {
                seenPoint = true;
            }
            else
            {
                return false;
            }
        }

        var hasDigit = text.Length - (negative || (text.Length > 0 && text[0] == '+') ? 1 : 0) - (seenPoint ? 1 : 0) > 0;
        if (!hasDigit)
        {
            return false;
        }

        var magnitude = mantissa / PowersOfTen[fractionDigits];
        value = negative ? -magnitude : magnitude;
        return true;
    }
}
