namespace Calcine.Domain.Recp;

/// <summary>Small dense linear algebra for the centred normal equations (p ≤ 3).</summary>
public static class LeastSquares
{
    /// <summary>The inverse by Gauss–Jordan elimination with partial pivoting; null when singular.</summary>
    public static double[,]? Inverse(double[,] a)
    {
        var n = a.GetLength(0);
        var m = new double[n, 2 * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                m[i, j] = a[i, j];
            }

            m[i, n + i] = 1;
        }

        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (m[pivot, col] == 0)
            {
                return null;
            }

            for (var j = 0; j < 2 * n; j++)
            {
                (m[col, j], m[pivot, j]) = (m[pivot, j], m[col, j]);
            }

            var d = m[col, col];
            for (var j = 0; j < 2 * n; j++)
            {
                m[col, j] /= d;
            }

            for (var r = 0; r < n; r++)
            {
                if (r == col || m[r, col] == 0)
                {
                    continue;
                }

                var f = m[r, col];
                for (var j = 0; j < 2 * n; j++)
                {
                    m[r, j] -= f * m[col, j];
                }
            }
        }

        var inv = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                inv[i, j] = m[i, n + j];
            }
        }

        return inv;
    }

    /// <summary>The determinant by elimination with partial pivoting.</summary>
    public static double Determinant(double[,] a)
    {
        var n = a.GetLength(0);
        var m = (double[,])a.Clone();
        var det = 1.0;
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (m[pivot, col] == 0)
            {
                return 0;
            }

            if (pivot != col)
            {
                det = -det;
                for (var j = 0; j < n; j++)
                {
                    (m[col, j], m[pivot, j]) = (m[pivot, j], m[col, j]);
                }
            }

            det *= m[col, col];
            for (var r = col + 1; r < n; r++)
            {
                var f = m[r, col] / m[col, col];
                for (var j = col; j < n; j++)
                {
                    m[r, j] -= f * m[col, j];
                }
            }
        }

        return det;
    }
}
