namespace TakeUp.Cli;

internal static class Usage
{
    public const string Text = """
        usage: takeup <command> [options]

        commands:
          evaluate [--date YYYY-MM-DD] [--lang nl|fr|en] [--catalog DIR] FILE|-
              Read a takeup.situation/v1 document from FILE (- for standard input) and write the
              household's rights as a takeup.result/v1 document to standard output.
              --date  the day to judge on (default: the situation's date, else today)
              --lang  language of the explanations (default: en)
          check [--catalog DIR]
              Compile the catalog; report each problem as file:line:col: message.
          test [--catalog DIR]
              Run the catalog's situation files (situations/*.yaml); report each failure.
          run --municipality NIS[,NIS…]|all [--date YYYY-MM-DD] [--scope auto|full] [--notice-days N] [--db DB]
              Evaluate the municipality's households (only those whose facts changed, unless the date or
              catalog changed or --scope full) and record what changed in the take-up ledger.
              Several municipalities (comma-separated, or all in the database) run one after another.
          ledger --municipality NIS [--beneficiary ID [--reader ACCOUNT] [--reads]] [--right R]
                 [--stage S|counts] [--limit N] [--db DB]
              Show a resident's story (--beneficiary; the read is recorded with --reader, else your user
              name), who read it (--reads), the pairs in a stage (worklist order), or counts.
          generate --municipality NIS --persons N [--seed S] [--date YYYY-MM-DD] [--messiness X] --out DIR
              Write a synthetic population (nobody in it exists) as a snapshot folder.
          import --municipality NIS [--db TARGET] [--quarantine] PATH
              Apply a snapshot folder or a mutations file (docs/data-formats.md) in one transaction.
              Any bad record refuses the whole import (exit 2, every problem on stderr), unless
              --quarantine: then the valid records are applied and the bad ones kept aside.
              The same file twice changes nothing.
              --db  sqlite:PATH or postgres:CONNECTION-STRING (default: $TAKEUP_DB, else sqlite:takeup.db)
          help
              Show this text.

        DB is sqlite:PATH or postgres:CONNECTION-STRING; default $TAKEUP_DB, else sqlite:takeup.db here.

        The catalog is --catalog DIR, else $TAKEUP_CATALOG, else catalog/be-vl in the nearest folder
        above the current one (or above takeup itself) that has catalog/be-vl/catalog.yaml.

        Exit codes: 0 done; 1 check or test failed, or the catalog or database cannot be used; 2 invalid input or usage.
        """;

    /// <summary>Says what is wrong with how takeup was called, then how to call it; exit code 2.</summary>
    public static int Fail(CliContext context, string problem)
    {
        context.Error.WriteLine($"takeup: {problem}");
        context.Error.WriteLine();
        context.Error.WriteLine(Text);
        return ExitCodes.InvalidInput;
    }
}
