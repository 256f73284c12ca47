using System.Globalization;
using TakeUp.Rules.Diagnostics;

namespace TakeUp.Rules.Syntax;

/// <summary>Splits an expression into tokens. A character it does not know becomes a Bad token with a diagnostic.</summary>
internal sealed class Lexer(ExpressionSource source, List<Diagnostic> diagnostics)
{
    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["and"] = TokenKind.And, ["or"] = TokenKind.Or, ["not"] = TokenKind.Not, ["in"] = TokenKind.In,
        ["where"] = TokenKind.Where, ["if"] = TokenKind.If, ["then"] = TokenKind.Then, ["else"] = TokenKind.Else,
        ["true"] = TokenKind.True, ["false"] = TokenKind.False,
    };

    private readonly string _text = source.Text;
    private int _pos;

    public List<Token> Tokenize()
    {
        var tokens = new List<Token>();
        while (true)
        {
            var token = Next();
            tokens.Add(token);
            if (token.Kind == TokenKind.End) return tokens;
        }
    }

    private Token Next()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
        if (_pos < _text.Length && _text[_pos] == '#')
            while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
        int start = _pos;
        if (_pos >= _text.Length) return new Token(TokenKind.End, "", start);
        char c = _text[_pos];

        if (char.IsDigit(c)) return Number(start);
        if (char.IsLetter(c) || c == '_') return Word(start);
        if (c == '"') return Text(start);
        if (c == '@') return Date(start);

        _pos++;
        TokenKind kind = c switch
        {
            '(' => TokenKind.OpenParen, ')' => TokenKind.CloseParen, '[' => TokenKind.OpenBracket,
            ']' => TokenKind.CloseBracket, ',' => TokenKind.Comma, ':' => TokenKind.Colon, '.' => TokenKind.Dot,
            '+' => TokenKind.Plus, '-' => TokenKind.Minus, '*' => TokenKind.Star, '/' => TokenKind.Slash,
            '<' => Follows('=') ? TokenKind.LessOrEqual : TokenKind.Less,
            '>' => Follows('=') ? TokenKind.GreaterOrEqual : TokenKind.Greater,
            '=' when Follows('=') => TokenKind.Equals,
            '!' when Follows('=') => TokenKind.NotEquals,
            _ => TokenKind.Bad,
        };
        if (kind == TokenKind.Bad)
        {
            string hint = c == '=' ? " (write == to compare)" : c == '&' || c == '|' ? " (write and / or)" : "";
            diagnostics.Add(new Diagnostic(source.At(start), $"unexpected character '{c}'{hint}"));
        }
        return new Token(kind, _text[start.._pos], start);
    }

    private bool Follows(char c)
    {
        if (_pos < _text.Length && _text[_pos] == c) { _pos++; return true; }
        return false;
    }

    private Token Number(int start)
    {
        while (_pos < _text.Length && char.IsDigit(_text[_pos])) _pos++;
        if (_pos + 1 < _text.Length && _text[_pos] == '.' && char.IsDigit(_text[_pos + 1]))
        {
            _pos++;
            while (_pos < _text.Length && char.IsDigit(_text[_pos])) _pos++;
        }
        return new Token(TokenKind.Number, _text[start.._pos], start);
    }

    private Token Word(int start)
    {
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        string word = _text[start.._pos];
        return new Token(Keywords.GetValueOrDefault(word, TokenKind.Identifier), word, start);
    }

    private Token Text(int start)
    {
        _pos++;
        while (_pos < _text.Length && _text[_pos] != '"' && _text[_pos] != '\n') _pos++;
        if (_pos >= _text.Length || _text[_pos] != '"')
        {
            diagnostics.Add(new Diagnostic(source.At(start), "text is not closed with \""));
            return new Token(TokenKind.Bad, _text[start.._pos], start);
        }
        _pos++;
        return new Token(TokenKind.Text, _text[(start + 1)..(_pos - 1)], start);
    }

    private Token Date(int start)
    {
        _pos++;
        while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '-')) _pos++;
        string body = _text[(start + 1).._pos];
        if (!DateOnly.TryParseExact(body, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            diagnostics.Add(new Diagnostic(source.At(start), $"'@{body}' is not a date (write @YYYY-MM-DD)"));
            return new Token(TokenKind.Bad, body, start);
        }
        return new Token(TokenKind.Date, body, start);
    }
}
