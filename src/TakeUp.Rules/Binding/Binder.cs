using System.Globalization;
using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Compilation;
using TakeUp.Rules.Declarations;
using TakeUp.Rules.Diagnostics;
using TakeUp.Rules.Evaluation;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Syntax;

namespace TakeUp.Rules.Binding;

/// <summary>
/// Binds the expressions of one right: resolves names (variables, facts, definitions, parameters, other
/// rights), checks types and fixes the scope of every node. Problems go to the diagnostics with their file
/// position; a right with any problem is not bound.
/// </summary>
internal sealed class Binder
{
    private readonly RightDeclaration _right;
    private readonly IReadOnlyDictionary<string, Parameter> _parameters;
    private readonly IReadOnlyDictionary<string, bool> _rightLevels;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, ExpressionSource> _definitions;
    private readonly Dictionary<(string, Scope), BoundExpression?> _boundDefinitions = [];
    private readonly HashSet<string> _definitionsInProgress = [];
    private readonly HashSet<string> _dependencies = [];

    private ExpressionSource _source;
    private string? _iterated;

    private Binder(RightDeclaration right, IReadOnlyDictionary<string, Parameter> parameters,
        IReadOnlyDictionary<string, bool> rightLevels, List<Diagnostic> diagnostics)
    {
        _right = right;
        _parameters = parameters;
        _rightLevels = rightLevels;
        _diagnostics = diagnostics;
        _definitions = right.Definitions.ToDictionary(d => d.Name, d => d.Expression);
    }

    /// <param name="rightLevels">Every right of the catalog, true for person-level ones.</param>
    public static BoundRight? Bind(RightDeclaration right, IReadOnlyDictionary<string, Parameter> parameters,
        IReadOnlyDictionary<string, bool> rightLevels, List<Diagnostic> diagnostics)
    {
        int before = diagnostics.Count;
        var binder = new Binder(right, parameters, rightLevels, diagnostics);
        var top = right.IsPersonLevel ? Scope.Person : Scope.Household;
        var conditions = right.Conditions.Select(c => new BoundRule(c, binder.BindTop(c.When, BoundType.Truth, top)!)).ToList();
        var grounds = right.Grounds.Select(g => new BoundRule(g, binder.BindTop(g.When, BoundType.Truth, top)!)).ToList();
        var amount = right.Amount is { } a ? binder.BindTop(a.Value, BoundType.Number, top) : null;
        foreach (var (name, source) in right.Definitions)
            if (!binder._boundDefinitions.Keys.Any(k => k.Item1 == name))
                diagnostics.Add(new Diagnostic(source.At(0), $"definition '{name}' is never used"));
        return diagnostics.Count == before ? new BoundRight(right, conditions, grounds, amount, binder._dependencies) : null;
    }

    private BoundExpression? BindTop(ExpressionSource source, BoundType expected, Scope scope)
    {
        var syntax = Parser.Parse(source, _diagnostics);
        if (syntax is null) return null;
        var saved = (_source, _iterated);
        (_source, _iterated) = (source, null);
        try
        {
            var bound = Bind(syntax, scope);
            return bound is null ? null : Expect(bound, expected, syntax);
        }
        finally
        {
            (_source, _iterated) = saved;
        }
    }

    private void Error(ExpressionSyntax at, string message) => Error(at.Offset, message);

    private void Error(int offset, string message) => _diagnostics.Add(new Diagnostic(_source.At(offset), message));

    private BoundExpression? Expect(BoundExpression bound, BoundType expected, ExpressionSyntax at)
    {
        if (bound.Type.Kind == expected.Kind && (expected.Codes is null || bound.Type.Codes == expected.Codes)) return bound;
        Error(at, $"expected {expected} here, but this is {bound.Type}");
        return null;
    }

    private BoundExpression? Bind(ExpressionSyntax syntax, Scope scope) => syntax switch
    {
        LiteralSyntax literal => BindLiteral(literal, scope),
        NameSyntax name => BindName(name, scope),
        CallSyntax call => BindCall(call, scope),
        UnarySyntax unary => BindUnary(unary, scope),
        BinarySyntax binary => BindBinary(binary, scope),
        InSyntax inSyntax => BindIn(inSyntax, scope),
        IfSyntax ifSyntax => BindIf(ifSyntax, scope),
        AggregateSyntax aggregate => BindAggregate(aggregate, scope),
        _ => throw new InvalidOperationException($"unexpected syntax {syntax.GetType().Name}"),
    };

    private BoundExpression? BindExpecting(ExpressionSyntax syntax, BoundType expected, Scope scope)
    {
        var bound = Bind(syntax, scope);
        return bound is null ? null : Expect(bound, expected, syntax);
    }

    private BoundExpression? BindLiteral(LiteralSyntax literal, Scope scope)
    {
        var token = literal.Token;
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new BoundLiteral(Value.Number(decimal.Parse(token.Text, CultureInfo.InvariantCulture)), BoundType.Number, scope);
            case TokenKind.True or TokenKind.False:
                return new BoundLiteral(Value.Truth(token.Kind == TokenKind.True), BoundType.Truth, scope);
            case TokenKind.Date:
                return new BoundLiteral(Value.Date(DateOnly.ParseExact(token.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture)), BoundType.Date, scope);
            default:
                Error(literal, $"the text \"{token.Text}\" means nothing here: texts name statuses, income kinds and rights in calls, or are compared with a fact's value");
                return null;
        }
    }

    private BoundExpression? BindName(NameSyntax name, Scope scope)
    {
        var parts = name.Parts;
        string first = parts[0].Text;

        BoundMember? member = first switch
        {
            _ when first == _iterated => new BoundMember(MemberRole.Iterated, scope),
            "person" when _right.IsPersonLevel => new BoundMember(MemberRole.Beneficiary, scope),
            "reference" => new BoundMember(MemberRole.Reference, scope),
            _ => null,
        };
        if (first == "person" && !_right.IsPersonLevel)
        {
            Error(name, "'person' exists only in person-level rights; a household-level right can use 'reference' or an aggregate over 'household'");
            return null;
        }
        if (member is not null)
        {
            if (parts.Count == 1) return member;
            if (parts.Count > 2) { Error(parts[2].Offset, $"'{parts[1].Text}' has no attributes"); return null; }
            string attribute = parts[1].Text;
            if (attribute == "age") return new BoundAge(member, null, scope);
            if (FactFields.Member.TryGetValue(attribute, out var fact))
                return new BoundMemberFact(member, fact.Field, fact.Type, fact.Kind, scope);
            Error(parts[1].Offset, $"a person has no fact '{attribute}' (facts: age, {string.Join(", ", FactFields.Member.Keys)})");
            return null;
        }
        if (first == "household")
        {
            if (parts.Count == 1) { Error(name, "'household' is a collection: use it in an aggregate, e.g. any(m in household : …), or read household.tenure"); return null; }
            string attribute = parts[1].Text;
            if (parts.Count > 2) { Error(parts[2].Offset, $"'{attribute}' has no attributes"); return null; }
            if (attribute == "size") return new BoundHouseholdSize(scope);
            if (FactFields.Household.TryGetValue(attribute, out var fact)) return new BoundHouseholdFact(fact.Field, fact.Type, scope);
            Error(parts[1].Offset, $"a household has no fact '{attribute}' (facts: size, {string.Join(", ", FactFields.Household.Keys)})");
            return null;
        }
        if (first == "date" && parts.Count == 1) return new BoundEvaluationDate(scope);
        if (parts.Count == 1 && _definitions.ContainsKey(first)) return BindDefinition(name, first, scope);
        if (_parameters.TryGetValue(name.Dotted, out var parameter)) return new BoundParameter(parameter, null, scope);

        string hint = parts.Count > 1 && _parameters.Keys.FirstOrDefault(k => k.StartsWith(first + ".", StringComparison.Ordinal)) is { } sibling
            ? $" (a parameter of group '{first}' is, for example, '{sibling}')" : "";
        Error(name, $"unknown name '{name.Dotted}'{hint}");
        return null;
    }

    private BoundExpression? BindDefinition(NameSyntax at, string name, Scope scope)
    {
        if (_boundDefinitions.TryGetValue((name, scope), out var cached)) return cached;
        if (!_definitionsInProgress.Add(name))
        {
            Error(at, $"definition '{name}' depends on itself");
            return null;
        }
        var source = _definitions[name];
        var syntax = Parser.Parse(source, _diagnostics);
        BoundExpression? bound = null;
        if (syntax is not null)
        {
            var saved = (_source, _iterated);
            (_source, _iterated) = (source, null);
            try { bound = Bind(syntax, scope); }
            finally { (_source, _iterated) = saved; }
        }
        _definitionsInProgress.Remove(name);
        _boundDefinitions[(name, scope)] = bound;
        return bound;
    }

    private BoundExpression? BindUnary(UnarySyntax unary, Scope scope)
    {
        bool isNot = unary.Operator.Kind == TokenKind.Not;
        var operand = BindExpecting(unary.Operand, isNot ? BoundType.Truth : BoundType.Number, scope);
        return operand is null ? null : new BoundUnary(isNot ? UnaryOperator.Not : UnaryOperator.Negate, operand, scope);
    }

    private BoundExpression? BindBinary(BinarySyntax binary, Scope scope)
    {
        var op = binary.Operator.Kind switch
        {
            TokenKind.And => BinaryOperator.And, TokenKind.Or => BinaryOperator.Or,
            TokenKind.Plus => BinaryOperator.Add, TokenKind.Minus => BinaryOperator.Subtract,
            TokenKind.Star => BinaryOperator.Multiply, TokenKind.Slash => BinaryOperator.Divide,
            TokenKind.Equals => BinaryOperator.Equal, TokenKind.NotEquals => BinaryOperator.NotEqual,
            TokenKind.Less => BinaryOperator.Less, TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
            TokenKind.Greater => BinaryOperator.Greater, _ => BinaryOperator.GreaterOrEqual,
        };
        if (op is BinaryOperator.And or BinaryOperator.Or)
        {
            var l = BindExpecting(binary.Left, BoundType.Truth, scope);
            var r = BindExpecting(binary.Right, BoundType.Truth, scope);
            return l is null || r is null ? null : new BoundBinary(op, l, r, BoundType.Truth, scope);
        }
        if (op is BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide)
        {
            var l = BindExpecting(binary.Left, BoundType.Number, scope);
            var r = BindExpecting(binary.Right, BoundType.Number, scope);
            return l is null || r is null ? null : new BoundBinary(op, l, r, BoundType.Number, scope);
        }

        // A comparison. A text on one side names a value of the other side's value set.
        var leftText = binary.Left is LiteralSyntax { Token.Kind: TokenKind.Text } lt ? lt.Token : null;
        var rightText = binary.Right is LiteralSyntax { Token.Kind: TokenKind.Text } rt ? rt.Token : null;
        if (leftText is not null && rightText is not null) { Error(binary, "compare a fact with a value, not two texts"); return null; }
        BoundExpression? left = leftText is null ? Bind(binary.Left, scope) : null;
        BoundExpression? right = rightText is null ? Bind(binary.Right, scope) : null;
        if (leftText is not null && right is not null) left = CodeLiteral(leftText, right, scope);
        if (rightText is not null && left is not null) right = CodeLiteral(rightText, left, scope);
        if (left is null || right is null) return null;
        if (left.Type != right.Type || left.Type.Kind == ValueKind.Member)
        {
            Error(binary.Operator.Offset, $"cannot compare {left.Type} with {right.Type}");
            return null;
        }
        if (left.Type.Kind is ValueKind.Truth or ValueKind.Code && op is not (BinaryOperator.Equal or BinaryOperator.NotEqual))
        {
            Error(binary.Operator.Offset, $"{left.Type} can only be compared with == or !=");
            return null;
        }
        return new BoundBinary(op, left, right, BoundType.Truth, scope);
    }

    private BoundExpression? CodeLiteral(Token text, BoundExpression other, Scope scope)
    {
        if (other.Type.Codes is not { } codes)
        {
            Error(text.Offset, $"\"{text.Text}\" can only be compared with a fact that has a value set, not with {other.Type}");
            return null;
        }
        int index = codes.IndexOf(text.Text);
        if (index >= 0) return new BoundLiteral(index, other.Type, scope);
        Error(text.Offset, $"\"{text.Text}\" is not a {codes.Name} (values: {string.Join(", ", codes.Names)})");
        return null;
    }

    private BoundExpression? BindIn(InSyntax syntax, Scope scope)
    {
        var operand = Bind(syntax.Value, scope);
        if (operand is null) return null;
        if (operand.Type.Codes is not { } codes)
        {
            Error(syntax.Operator.Offset, $"'in' needs a fact with a value set on its left, not {operand.Type}");
            return null;
        }
        var values = new List<long>();
        foreach (var item in syntax.Items)
        {
            int index = codes.IndexOf(item.Text);
            if (index < 0) Error(item.Offset, $"\"{item.Text}\" is not a {codes.Name} (values: {string.Join(", ", codes.Names)})");
            else values.Add(index);
        }
        return values.Count == syntax.Items.Count ? new BoundIn(operand, values.ToArray(), scope) : null;
    }

    private BoundExpression? BindIf(IfSyntax syntax, Scope scope)
    {
        var condition = BindExpecting(syntax.Condition, BoundType.Truth, scope);
        var then = Bind(syntax.Then, scope);
        var otherwise = Bind(syntax.Else, scope);
        if (condition is null || then is null || otherwise is null) return null;
        if (then.Type != otherwise.Type || then.Type.Kind == ValueKind.Member)
        {
            Error(syntax.Else, $"both branches of an if must have the same type: {then.Type} and {otherwise.Type}");
            return null;
        }
        return new BoundIf(condition, then, otherwise, scope);
    }

    private BoundExpression? BindAggregate(AggregateSyntax syntax, Scope scope)
    {
        if (scope == Scope.Pair || _iterated is not null)
        {
            Error(syntax, "aggregates cannot be nested: compute the inner one in a definition of the right, outside this aggregate");
            return null;
        }
        var kind = syntax.Function.Text switch
        {
            "any" => AggregateKind.Any, "all" => AggregateKind.All, "count" => AggregateKind.Count, _ => AggregateKind.Sum,
        };
        var (collection, of) = BindCollection(syntax.Collection, scope);
        if (collection is null) return null;
        string variable = syntax.Variable.Text;
        if (variable is "person" or "household" or "reference" or "date")
        {
            Error(syntax.Variable.Offset, $"'{variable}' already has a meaning: name the member otherwise, e.g. m");
            return null;
        }
        var inner = scope == Scope.Household ? Scope.Person : Scope.Pair;
        _iterated = variable;
        try
        {
            var filter = syntax.Filter is null ? null : BindExpecting(syntax.Filter, BoundType.Truth, inner);
            BoundExpression? body = null;
            switch (kind)
            {
                case AggregateKind.Count when syntax.Body is not null:
                    Error(syntax.Body, "count takes no ': …' part; use where to choose whom to count");
                    return null;
                case AggregateKind.Count:
                    break;
                case AggregateKind.Sum when syntax.Body is null:
                case AggregateKind.Any or AggregateKind.All when syntax.Body is null:
                    Error(syntax.Function.Offset, $"{syntax.Function.Text} needs ': …' after the collection, saying what to {(kind == AggregateKind.Sum ? "add up" : "check")} per member");
                    return null;
                default:
                    body = BindExpecting(syntax.Body!, kind == AggregateKind.Sum ? BoundType.Number : BoundType.Truth, inner);
                    if (body is null) return null;
                    break;
            }
            if (syntax.Filter is not null && filter is null) return null;
            var type = kind is AggregateKind.Any or AggregateKind.All ? BoundType.Truth : BoundType.Number;
            return new BoundAggregate(kind, collection.Value, of, filter, body, type, scope);
        }
        finally
        {
            _iterated = null;
        }
    }

    private (Collection?, BoundMember?) BindCollection(ExpressionSyntax syntax, Scope scope)
    {
        if (syntax is NameSyntax { Parts.Count: 1 } n && n.Parts[0].Text == "household") return (Collection.Household, null);
        if (syntax is CallSyntax call && call.Function.Text is "family" or "partners" or "dependants")
        {
            if (call.Arguments.Count != 1) { Error(call, $"{call.Function.Text} takes one person"); return (null, null); }
            if (Bind(call.Arguments[0], scope) is not BoundMember member)
            {
                Error(call.Arguments[0], $"{call.Function.Text} takes a person, such as person or reference");
                return (null, null);
            }
            var collection = call.Function.Text switch
            {
                "family" => Collection.Family, "partners" => Collection.Partners, _ => Collection.Dependants,
            };
            return (collection, member);
        }
        Error(syntax, "an aggregate runs over household, family(p), partners(p) or dependants(p)");
        return (null, null);
    }

    private BoundExpression? BindCall(CallSyntax call, Scope scope)
    {
        string name = call.Function.Text;
        var args = call.Arguments;

        bool Arity(int min, int max)
        {
            if (args.Count >= min && args.Count <= max) return true;
            string count = min == max ? $"{min}" : max == int.MaxValue ? $"at least {min}" : $"{min} to {max}";
            Error(call, $"{name} takes {count} argument{(max == 1 ? "" : "s")}, not {args.Count}");
            return false;
        }

        BoundMember? Member(int i)
        {
            if (Bind(args[i], scope) is BoundMember m) return m;
            Error(args[i], $"argument {i + 1} of {name} must be a person (person, reference or an aggregate's member)");
            return null;
        }

        int[]? Codes(int from, CodeSet set)
        {
            var codes = new List<int>();
            for (int i = from; i < args.Count; i++)
            {
                if (args[i] is not LiteralSyntax { Token.Kind: TokenKind.Text } text)
                {
                    Error(args[i], $"argument {i + 1} of {name} must be a {set.Name} in quotes, e.g. \"{set.Names[0]}\"");
                    return null;
                }
                int index = set.IndexOf(text.Token.Text);
                if (index < 0)
                {
                    Error(args[i], $"\"{text.Token.Text}\" is not a {set.Name} (values: {string.Join(", ", set.Names)})");
                    return null;
                }
                codes.Add(index);
            }
            return codes.ToArray();
        }

        BoundExpression? Arg(int i, BoundType type) => BindExpecting(args[i], type, scope);

        switch (name)
        {
            case "age":
            {
                if (!Arity(1, 2)) return null;
                var member = Member(0);
                var on = args.Count == 2 ? Arg(1, BoundType.Date) : null;
                return member is null || (args.Count == 2 && on is null) ? null : new BoundAge(member, on, scope);
            }
            case "holds":
            {
                if (!Arity(2, int.MaxValue)) return null;
                var member = Member(0);
                var codes = Codes(1, CodeSet.Status);
                return member is null || codes is null ? null : new BoundHolds(member, codes, null, 0, scope);
            }
            case "holds_on":
            {
                if (!Arity(3, int.MaxValue)) return null;
                var member = Member(0);
                var on = Arg(1, BoundType.Date);
                var codes = Codes(2, CodeSet.Status);
                return member is null || on is null || codes is null ? null : new BoundHolds(member, codes, on, 0, scope);
            }
            case "held_months":
            {
                if (!Arity(3, int.MaxValue)) return null;
                var member = Member(0);
                if (args[1] is not LiteralSyntax { Token.Kind: TokenKind.Number } n || !int.TryParse(n.Token.Text, out int months) || months < 1)
                {
                    Error(args[1], "the number of months of held_months must be a whole number written in place, like 3");
                    return null;
                }
                var codes = Codes(2, CodeSet.Status);
                return member is null || codes is null ? null : new BoundHolds(member, codes, null, months, scope);
            }
            case "gross_income" or "net_monthly_income":
            {
                if (!Arity(2, int.MaxValue)) return null;
                var member = Member(0);
                var year = Arg(1, BoundType.Number);
                int[]? kinds = args.Count > 2 ? Codes(2, CodeSet.IncomeKind) : null;
                if (member is null || year is null || (args.Count > 2 && kinds is null)) return null;
                return new BoundIncome(member, year, kinds, name == "net_monthly_income", scope);
            }
            case "known":
            {
                if (!Arity(1, 1)) return null;
                var operand = Bind(args[0], scope);
                if (operand is BoundMember) { Error(args[0], "known takes a fact, not a person"); return null; }
                return operand is null ? null : new BoundKnown(operand, scope);
            }
            case "entitled":
                return BindEntitled(call, scope, Arity(1, 2));
            case "param":
            {
                if (!Arity(2, 2)) return null;
                if (args[0] is not LiteralSyntax { Token.Kind: TokenKind.Text } path || !_parameters.TryGetValue(path.Token.Text, out var parameter))
                {
                    Error(args[0], "the first argument of param must be a parameter path in quotes, e.g. \"leefloon.yearly_amount_single\"");
                    return null;
                }
                var on = Arg(1, BoundType.Date);
                return on is null ? null : new BoundParameter(parameter, on, scope);
            }
            case "year" or "month" or "start_of_year":
            {
                if (!Arity(1, 1)) return null;
                var d = Arg(0, BoundType.Date);
                var function = name switch { "year" => BuiltIn.Year, "month" => BuiltIn.Month, _ => BuiltIn.StartOfYear };
                return d is null ? null : new BoundCall(function, [d], name == "start_of_year" ? BoundType.Date : BoundType.Number, scope);
            }
            case "date":
            {
                if (!Arity(3, 3)) return null;
                var parts = new[] { Arg(0, BoundType.Number), Arg(1, BoundType.Number), Arg(2, BoundType.Number) };
                return parts.Any(p => p is null) ? null : new BoundCall(BuiltIn.MakeDate, parts!, BoundType.Date, scope);
            }
            case "add_months":
            {
                if (!Arity(2, 2)) return null;
                var d = Arg(0, BoundType.Date);
                var n = Arg(1, BoundType.Number);
                return d is null || n is null ? null : new BoundCall(BuiltIn.AddMonths, [d, n], BoundType.Date, scope);
            }
            case "days_between":
            {
                if (!Arity(2, 2)) return null;
                var a = Arg(0, BoundType.Date);
                var b = Arg(1, BoundType.Date);
                return a is null || b is null ? null : new BoundCall(BuiltIn.DaysBetween, [a, b], BoundType.Number, scope);
            }
            case "min" or "max" or "round":
            {
                if (!Arity(2, 2)) return null;
                var a = Arg(0, BoundType.Number);
                var b = Arg(1, BoundType.Number);
                var function = name switch { "min" => BuiltIn.Min, "max" => BuiltIn.Max, _ => BuiltIn.Round };
                return a is null || b is null ? null : new BoundCall(function, [a, b], BoundType.Number, scope);
            }
            case "family" or "partners" or "dependants":
                Error(call, $"{name}(…) is a collection: use it in an aggregate, e.g. any(m in {name}(person) : …)");
                return null;
            default:
                Error(call.Function.Offset, $"unknown function '{name}'");
                return null;
        }
    }

    private BoundExpression? BindEntitled(CallSyntax call, Scope scope, bool arityOk)
    {
        if (!arityOk) return null;
        var args = call.Arguments;
        if (args[0] is not LiteralSyntax { Token.Kind: TokenKind.Text } idToken)
        {
            Error(args[0], "entitled takes a right's id in quotes, e.g. entitled(\"verhoogde-tegemoetkoming\")");
            return null;
        }
        string id = idToken.Token.Text;
        if (!_rightLevels.TryGetValue(id, out bool personLevel))
        {
            Error(args[0], $"there is no right '{id}' in this catalog");
            return null;
        }
        if (id == _right.Id)
        {
            Error(args[0], $"right '{id}' cannot depend on itself");
            return null;
        }
        BoundMember? member = null;
        if (personLevel)
        {
            if (args.Count == 2)
            {
                member = Bind(args[1], scope) as BoundMember;
                if (member is null) { Error(args[1], "the second argument of entitled must be a person"); return null; }
            }
            else if (_right.IsPersonLevel) member = new BoundMember(MemberRole.Beneficiary, scope);
            else
            {
                Error(call, $"'{id}' is a person-level right: say whose, e.g. any(m in household : entitled(\"{id}\", m))");
                return null;
            }
        }
        else if (args.Count == 2)
        {
            Error(args[1], $"'{id}' is a household-level right: it takes no person");
            return null;
        }
        _dependencies.Add(id);
        // The index is resolved by the compiler once the evaluation order is known.
        return new BoundEntitled(-1, member, scope) { RightId = id };
    }
}
