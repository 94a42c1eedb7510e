namespace Calcine.Domain.Recp;

/// <summary>Order and cycles of the centres' product flows.</summary>
public static class MfcaGraph
{
    /// <summary>The smallest index of a centre that can reach itself, or null when the flows are acyclic.</summary>
    public static int? FirstCentreOnCycle(IReadOnlyList<IReadOnlyList<int>> successors)
    {
        for (var start = 0; start < successors.Count; start++)
        {
            if (Reaches(successors, start, start))
            {
                return start;
            }
        }

        return null;
    }

    private static bool Reaches(IReadOnlyList<IReadOnlyList<int>> successors, int from, int target)
    {
        var seen = new bool[successors.Count];
        var stack = new Stack<int>(successors[from]);
        while (stack.Count > 0)
        {
            var c = stack.Pop();
            if (c == target)
            {
                return true;
            }

            if (seen[c])
            {
                continue;
            }

            seen[c] = true;
            foreach (var next in successors[c])
            {
                stack.Push(next);
            }
        }

        return false;
    }

    /// <summary>A topological order (Kahn's algorithm, smallest index first); the graph must be acyclic.</summary>
    public static List<int> TopologicalOrder(IReadOnlyList<IReadOnlyList<int>> successors)
    {
        var n = successors.Count;
        var indegree = new int[n];
        foreach (var list in successors)
        {
            foreach (var s in list)
            {
                indegree[s]++;
            }
        }

        var ready = new PriorityQueue<int, int>();
        for (var i = 0; i < n; i++)
        {
            if (indegree[i] == 0)
            {
                ready.Enqueue(i, i);
            }
        }

        var order = new List<int>(n);
        while (ready.TryDequeue(out var c, out _))
        {
            order.Add(c);
            foreach (var s in successors[c])
            {
                if (--indegree[s] == 0)
                {
                    ready.Enqueue(s, s);
                }
            }
        }

        return order.Count == n ? order : throw new ArgumentException("the product flows form a cycle");
    }

    public static List<IReadOnlyList<int>> Successors(IReadOnlyList<MfcaCentre> centres) =>
        [.. centres.Select(c => (IReadOnlyList<int>)[.. c.Products.Where(p => p.To is not null).Select(p => p.To!.Value)])];
}
