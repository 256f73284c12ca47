using YamlDotNet.RepresentationModel;

namespace TakeUp.Cli;

/// <summary>
/// Counts a catalog's parameters for the summary of `takeup check`: every top-level key of every
/// parameters/&lt;group&gt;.yaml is one (docs/rule-language.md). ICatalog does not expose its parameters, so they
/// are counted from the files, which the compiler has already accepted by the time this runs.
/// </summary>
internal static class ParameterCounter
{
    public static int Count(string catalogDirectory)
    {
        string folder = Path.Combine(catalogDirectory, "parameters");
        if (!Directory.Exists(folder))
            return 0;
        int count = 0;
        foreach (var file in Directory.GetFiles(folder, "*.yaml"))
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(file))
                stream.Load(reader);
            count += stream.Documents.Sum(d => d.RootNode is YamlMappingNode mapping ? mapping.Children.Count : 0);
        }
        return count;
    }
}
