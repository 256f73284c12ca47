namespace TakeUp.Rules.Syntax;

internal enum TokenKind
{
    End, Bad,
    Number, Text, Date, Identifier,
    OpenParen, CloseParen, OpenBracket, CloseBracket, Comma, Colon, Dot,
    Plus, Minus, Star, Slash,
    Equals, NotEquals, Less, LessOrEqual, Greater, GreaterOrEqual,
    And, Or, Not, In, Where, If, Then, Else, True, False,
}
