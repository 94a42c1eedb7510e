namespace Calcine.LoadDriver;

/// <summary>What one virtual user asks for, in turn: the KPI dashboard, a plant's KPI page, a
/// year's inventory page, and the JSON behind them (a year's inventory, a plant's KPI trend).</summary>
public static class Routes
{
    public static readonly string[] Kinds = ["dashboard", "plant-kpis", "inventory-page", "api-inventory", "api-kpi-trend"];

    /// <summary>The <paramref name="turn"/>-th request of a user who can read <paramref name="plants"/>.</summary>
    public static (string Kind, string Path) Next(int turn, IReadOnlyList<int> plants, IReadOnlyList<int> years, Random random)
    {
        var plant = plants[random.Next(plants.Count)];
        var year = years[random.Next(years.Count)];
        var kind = Kinds[turn % Kinds.Length];
        return (kind, kind switch
        {
            "dashboard" => "dashboard",
            "plant-kpis" => $"plants/{plant}/kpis",
            "inventory-page" => $"plants/{plant}/years/{year}/inventory",
            "api-inventory" => $"api/plants/{plant}/years/{year}/inventory?method=all&trace=true",
            _ => $"api/plants/{plant}/kpi-trend",
        });
    }
}
