namespace TakeUp.Cli.Tests.Support;

/// <summary>A throw-away repository-like folder: Root/catalog/be-vl with a catalog.yaml and two parameter files.</summary>
internal sealed class TemporaryCatalog : IDisposable
{
    public TemporaryCatalog()
    {
        Root = System.IO.Directory.CreateTempSubdirectory("takeup-cli-").FullName;
        Directory = Path.Combine(Root, "catalog", "be-vl");
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "parameters"));
        File.WriteAllText(Path.Combine(Directory, "catalog.yaml"), "catalog: be-vl\nversion: 0.0.0\n");
        File.WriteAllText(Path.Combine(Directory, "parameters", "leefloon.yaml"),
            "monthly_single:\n  unit: EUR/month\n  values: [ { from: 2024-01-01, value: 1000 } ]\nmonthly_family:\n  unit: EUR/month\n  values: []\n");
        File.WriteAllText(Path.Combine(Directory, "parameters", "energie.yaml"), "threshold:\n  unit: EUR\n  values: []\n");
    }

    public string Root { get; }

    public string Directory { get; }

    public string WriteSituations(string name, string yaml)
    {
        string folder = Path.Combine(Directory, "situations");
        System.IO.Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Root, recursive: true);
}
