using TakeUp.Rules.Catalogs;

namespace TakeUp.Rules.Tests;

/// <summary>
/// Every stage reports problems with file, line and column. Each case writes a one-right catalog in which
/// the marker ⟨here⟩ stands where the error must be reported; the marker is removed before compiling.
/// </summary>
public sealed class CompilerDiagnosticsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("takeup-diag-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string Header = """
        right: r
        name: { nl: R, fr: R, en: R }
        granted_by: Office
        level: person
        automation: automatic
        legal: Act art. 1

        """;

    private static string Ground(string when) => $$"""
        grounds:
          - id: g
            text: { nl: G, fr: G, en: G }
            legal: Act art. 2
            action: grant
            when: {{when}}
        """;

    private string Compile(string rightFile, string? parameters = null, params (string Name, string Text)[] moreRights)
    {
        string catalog = Path.Combine(_root, "cat");
        Directory.CreateDirectory(Path.Combine(catalog, "rights"));
        Directory.CreateDirectory(Path.Combine(catalog, "parameters"));
        File.WriteAllText(Path.Combine(catalog, "catalog.yaml"), "catalog: cat\nversion: 1\n");
        File.WriteAllText(Path.Combine(catalog, "rights", "r.yaml"), rightFile.Replace("⟨here⟩", ""));
        foreach (var (name, text) in moreRights) File.WriteAllText(Path.Combine(catalog, "rights", name + ".yaml"), text);
        if (parameters is not null) File.WriteAllText(Path.Combine(catalog, "parameters", "p.yaml"), parameters.Replace("⟨here⟩", ""));
        var result = CatalogCompiler.Compile(catalog);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics).ToString();
    }

    /// <summary>The position of the marker in a text, as file:line:column.</summary>
    private static string At(string file, string text)
    {
        int offset = text.IndexOf("⟨here⟩", StringComparison.Ordinal);
        string before = text[..offset];
        int line = before.Count(c => c == '\n') + 1;
        int column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return $"cat/{file}:{line}:{column}";
    }

    [Theory]
    [InlineData("person.age >= ⟨here⟩eighteen", "unknown name 'eighteen'")]
    [InlineData("person.⟨here⟩agee >= 18", "a person has no fact 'agee'")]
    [InlineData("⟨here⟩person.age + 1", "expected a truth (true/false) here, but this is a number")]
    [InlineData("person.residence == ⟨here⟩\"martian\"", "\"martian\" is not a residence")]
    [InlineData("holds(person, ⟨here⟩\"rich\")", "\"rich\" is not a status")]
    [InlineData("person.age >= 18 and⟨here⟩", "the expression ends too early")]
    [InlineData("person.age ⟨here⟩= 18", "unexpected character '=' (write == to compare)")]
    [InlineData("⟨here⟩frobnicate(person)", "unknown function 'frobnicate'")]
    [InlineData("person.age >= 18 ⟨here⟩18", "unexpected '18' after the end of the expression")]
    [InlineData("entitled(⟨here⟩\"nothing\")", "there is no right 'nothing' in this catalog")]
    public void Expression_errors_point_at_the_offending_place(string when, string message)
    {
        string text = Header + Ground(when);
        string diagnostic = Compile(text);
        Assert.StartsWith(At("rights/r.yaml", text) + ": ", diagnostic);
        Assert.Contains(message, diagnostic);
    }

    [Fact]
    public void Nested_aggregates_are_refused_in_a_block_expression()
    {
        string text = Header + """
            grounds:
              - id: g
                text: { nl: G, fr: G, en: G }
                legal: Act art. 2
                action: grant
                when: |
                  any(m in household :
                      ⟨here⟩any(n in household : holds(n, "igo")))
            """;
        string diagnostic = Compile(text);
        Assert.StartsWith(At("rights/r.yaml", text) + ": aggregates cannot be nested", diagnostic);
    }

    [Fact]
    public void Unknown_keys_are_named_with_what_is_allowed()
    {
        string text = Header.Replace("level: person", "⟨here⟩levle: person\nlevel: person") + Ground("true");
        Assert.StartsWith(At("rights/r.yaml", text) + ": unknown key 'levle' in a right", Compile(text));
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_its_position()
    {
        string text = Header + Ground("any(m in household : true)");
        string diagnostic = Compile(text);
        Assert.Matches(@"^cat/rights/r\.yaml:12:\d+: not valid YAML: .*must be written as a block", diagnostic);
    }

    [Fact]
    public void Parameters_must_be_in_date_order()
    {
        string parameters = """
            x:
              unit: EUR
              legal: Act art. 3
              values:
                - from: 2024-01-01
                  value: 1
                  source: gazette
                - ⟨here⟩from: 2023-01-01
                  value: 2
                  source: gazette
            """;
        string diagnostic = Compile(Header + Ground("p.x > 0"), parameters);
        Assert.Equal(At("parameters/p.yaml", parameters) + ": values of 'x' must be in date order without repeats (2023-01-01 after 2024-01-01)", diagnostic);
    }

    [Fact]
    public void A_circle_of_rights_is_refused_and_named()
    {
        string Right(string id, string other) => Header.Replace("right: r", $"right: {id}") + Ground($"entitled(\"{other}\")");
        string diagnostic = Compile(Right("r", "s"), null, ("s", Right("s", "r")));
        Assert.Contains("rights depend on each other in a circle: r → s → r", diagnostic);
        Assert.StartsWith("cat/rights/r.yaml:1:1", diagnostic);
    }

    [Fact]
    public void A_definition_that_depends_on_itself_is_refused()
    {
        string text = Header + "definitions:\n  a: a + 1\n" + Ground("a > 0");
        Assert.Contains("definition 'a' depends on itself", Compile(text));
    }

    [Fact]
    public void A_household_level_right_has_no_person()
    {
        string text = Header.Replace("level: person", "level: household") + Ground("⟨here⟩person.age > 1");
        Assert.StartsWith(At("rights/r.yaml", text) + ": 'person' exists only in person-level rights", Compile(text));
    }
}
