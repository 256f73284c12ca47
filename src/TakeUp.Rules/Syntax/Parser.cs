using TakeUp.Rules.Diagnostics;

namespace TakeUp.Rules.Syntax;

/// <summary>
/// Recursive-descent parser for rule expressions. Precedence, loosest first: if-then-else, or, and, not,
/// comparison and in, + -, * /, unary minus, dotted names and calls. Errors are collected, not thrown.
/// </summary>
internal sealed class Parser
{
    private static readonly HashSet<string> Aggregates = ["any", "all", "count", "sum"];

    private readonly ExpressionSource _source;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<Token> _tokens;
    private int _pos;

    private Parser(ExpressionSource source, List<Diagnostic> diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
        _tokens = new Lexer(source, diagnostics).Tokenize();
    }

    /// <summary>Parses a whole expression; null when it has syntax errors (they are in diagnostics).</summary>
    public static ExpressionSyntax? Parse(ExpressionSource source, List<Diagnostic> diagnostics)
    {
        int before = diagnostics.Count;
        var parser = new Parser(source, diagnostics);
        var expression = parser.ParseExpression();
        if (parser.Current.Kind != TokenKind.End)
            parser.Error(parser.Current, $"unexpected '{parser.Current.Text}' after the end of the expression");
        return diagnostics.Count == before ? expression : null;
    }

    private Token Current => _tokens[_pos];

    private Token Take()
    {
        var token = _tokens[_pos];
        if (token.Kind != TokenKind.End) _pos++;
        return token;
    }

    private bool TakeIf(TokenKind kind)
    {
        if (Current.Kind != kind) return false;
        _pos++;
        return true;
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (Current.Kind == kind) return Take();
        Error(Current, Current.Kind == TokenKind.End ? $"expected {what} but the expression ends" : $"expected {what} but found '{Current.Text}'");
        return new Token(kind, "", Current.Offset);
    }

    private void Error(Token at, string message)
    {
        // One error per position is enough; a cascade of follow-up errors helps nobody.
        var location = _source.At(at.Offset);
        if (_diagnostics.Count == 0 || _diagnostics[^1].Location != location)
            _diagnostics.Add(new Diagnostic(location, message));
    }

    private ExpressionSyntax ParseExpression()
    {
        if (Current.Kind != TokenKind.If) return ParseOr();
        var ifToken = Take();
        var condition = ParseExpression();
        Expect(TokenKind.Then, "'then'");
        var then = ParseExpression();
        Expect(TokenKind.Else, "'else' (an if needs both branches)");
        var otherwise = ParseExpression();
        return new IfSyntax(ifToken, condition, then, otherwise);
    }

    private ExpressionSyntax ParseOr()
    {
        var left = ParseAnd();
        while (Current.Kind == TokenKind.Or) left = new BinarySyntax(left, Take(), ParseAnd());
        return left;
    }

    private ExpressionSyntax ParseAnd()
    {
        var left = ParseNot();
        while (Current.Kind == TokenKind.And) left = new BinarySyntax(left, Take(), ParseNot());
        return left;
    }

    private ExpressionSyntax ParseNot() =>
        Current.Kind == TokenKind.Not ? new UnarySyntax(Take(), ParseNot()) : ParseComparison();

    private ExpressionSyntax ParseComparison()
    {
        var left = ParseAdditive();
        switch (Current.Kind)
        {
            case TokenKind.Equals or TokenKind.NotEquals or TokenKind.Less or TokenKind.LessOrEqual
                or TokenKind.Greater or TokenKind.GreaterOrEqual:
                var op = Take();
                var right = ParseAdditive();
                if (Current.Kind is TokenKind.Equals or TokenKind.NotEquals or TokenKind.Less or TokenKind.LessOrEqual
                    or TokenKind.Greater or TokenKind.GreaterOrEqual)
                    Error(Current, "comparisons cannot be chained: write a <= b and b <= c");
                return new BinarySyntax(left, op, right);
            case TokenKind.In:
                var inToken = Take();
                Expect(TokenKind.OpenBracket, "'[' to start a list of values");
                var items = new List<Token>();
                do
                {
                    if (Current.Kind == TokenKind.CloseBracket) break;
                    items.Add(Expect(TokenKind.Text, "a value in quotes"));
                } while (TakeIf(TokenKind.Comma));
                Expect(TokenKind.CloseBracket, "']' to close the list");
                return new InSyntax(left, inToken, items);
            default:
                return left;
        }
    }

    private ExpressionSyntax ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus) left = new BinarySyntax(left, Take(), ParseMultiplicative());
        return left;
    }

    private ExpressionSyntax ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash) left = new BinarySyntax(left, Take(), ParseUnary());
        return left;
    }

    private ExpressionSyntax ParseUnary() =>
        Current.Kind == TokenKind.Minus ? new UnarySyntax(Take(), ParseUnary()) : ParsePrimary();

    private ExpressionSyntax ParsePrimary()
    {
        switch (Current.Kind)
        {
            case TokenKind.Number or TokenKind.Text or TokenKind.Date or TokenKind.True or TokenKind.False:
                return new LiteralSyntax(Take());
            case TokenKind.OpenParen:
                Take();
                var inner = ParseExpression();
                Expect(TokenKind.CloseParen, "')'");
                return inner;
            case TokenKind.Identifier:
                return ParseNameOrCall();
            default:
                var bad = Take();
                Error(bad, bad.Kind == TokenKind.End ? "the expression ends too early" : $"unexpected '{bad.Text}'");
                return new LiteralSyntax(new Token(TokenKind.False, "false", bad.Offset));
        }
    }

    private ExpressionSyntax ParseNameOrCall()
    {
        var first = Take();
        if (Current.Kind == TokenKind.OpenParen)
        {
            Take();
            if (Aggregates.Contains(first.Text) && Current.Kind == TokenKind.Identifier && _tokens[_pos + 1].Kind == TokenKind.In)
                return ParseAggregate(first);
            var arguments = new List<ExpressionSyntax>();
            if (Current.Kind != TokenKind.CloseParen)
                do arguments.Add(ParseExpression()); while (TakeIf(TokenKind.Comma));
            Expect(TokenKind.CloseParen, "')' to close the call");
            return new CallSyntax(first, arguments);
        }
        var parts = new List<Token> { first };
        while (TakeIf(TokenKind.Dot)) parts.Add(Expect(TokenKind.Identifier, "a name after '.'"));
        return new NameSyntax(parts);
    }

    private ExpressionSyntax ParseAggregate(Token function)
    {
        var variable = Take();
        Take(); // 'in'
        var collection = ParseAdditive();
        ExpressionSyntax? filter = TakeIf(TokenKind.Where) ? ParseOr() : null;
        ExpressionSyntax? body = TakeIf(TokenKind.Colon) ? ParseExpression() : null;
        Expect(TokenKind.CloseParen, "')' to close the aggregate");
        return new AggregateSyntax(function, variable, collection, filter, body);
    }
}
