using System.Text.Json;
using TakeUp.Rules.Facts;

namespace TakeUp.Contract.Situations;

/// <summary>
/// Turns a parsed takeup.situation/v1 document into a <see cref="Situation"/>, or into every problem it has.
/// The structure of the contract lives here; the reading of single values in <see cref="JsonFieldReader"/>.
/// </summary>
internal sealed class SituationParser
{
    public const string ContractName = "takeup.situation/v1";

    private readonly JsonFieldReader _read = new();

    public SituationReadResult Parse(JsonElement root)
    {
        var situation = ReadDocument(root);
        return _read.Problems.Count == 0 && situation is not null
            ? new SituationReadResult(situation, [])
            : new SituationReadResult(null, _read.Problems);
    }

    private Situation? ReadDocument(JsonElement root)
    {
        if (_read.Object(root, "$") is not { } document)
            return null;

        if (document.Has("contract"))
        {
            var contract = document.Get("contract");
            if (contract is not { ValueKind: JsonValueKind.String } || contract.Value.GetString() != ContractName)
                _read.Problem("$.contract", $"must be \"{ContractName}\", got {(contract is { } c ? JsonFieldReader.Describe(c) : "null")}");
        }

        var date = _read.OptionalDate(document, "date");
        if (document.Get("household") is not { } householdElement)
        {
            _read.Problem("$.household", "is required");
            return null;
        }
        var household = ReadHousehold(householdElement, "$.household");
        return household is null ? null : new Situation(household, date);
    }

    private Household? ReadHousehold(JsonElement element, string path)
    {
        if (_read.Object(element, path) is not { } fields)
            return null;

        string? id = _read.RequiredString(fields, "id");
        string? municipality = _read.TextScalarFact(fields, "municipality", ReadMunicipality);
        var housing = fields.Get("housing") is { } housingElement ? ReadHousing(housingElement, fields.PathOf("housing")) : new Housing();
        var members = ReadMembers(fields);
        if (id is null || members is null || housing is null)
            return null;
        return new Household(id, members) { Municipality = municipality, Housing = housing };
    }

    private string? ReadMunicipality(JsonElement element, string path)
    {
        string? code = _read.NonEmptyString(element, path);
        if (code is not null && (code.Length != 5 || !code.All(char.IsAsciiDigit)))
        {
            _read.Problem(path, $"must be a NIS code of 5 digits, got \"{code}\"");
            return null;
        }
        return code;
    }

    private Housing? ReadHousing(JsonElement element, string path)
    {
        if (_read.Object(element, path) is not { } fields)
            return null;
        return new Housing
        {
            Tenure = _read.ScalarFact(fields, "tenure", _read.Code<Tenure>),
            CollectiveHeating = _read.ScalarFact(fields, "collective_heating", _read.Truth),
            HeatingFuel = _read.ScalarFact(fields, "heating_fuel", _read.Code<HeatingFuel>),
            MonthlyRent = _read.ScalarFact(fields, "monthly_rent", _read.Amount),
            WaitingListSince = _read.ScalarFact(fields, "waiting_list_since", _read.Date),
        };
    }

    private IReadOnlyList<Member>? ReadMembers(Fields household)
    {
        string path = household.PathOf("members");
        if (household.Get("members") is not { } element)
        {
            _read.Problem(path, "is required: at least one member");
            return null;
        }
        if (element.ValueKind != JsonValueKind.Array)
        {
            _read.Problem(path, $"must be an array, got {JsonFieldReader.Describe(element)}");
            return null;
        }
        if (element.GetArrayLength() == 0)
        {
            _read.Problem(path, "must have at least one member");
            return null;
        }

        // Positions are kept for members that could not be read, so that every message names the right index.
        var read = element.EnumerateArray().Select((item, index) => ReadMember(item, $"{path}[{index}]")).ToList();
        CheckIdsAreUnique(read.Select(r => r.Member?.Id).ToList(), path);
        // When a relation could not be read, it may be the missing reference: saying so would only add noise.
        if (read.All(r => r.Relation is not null))
            CheckRelations(read.Select(r => r.Relation!.Value).ToList(), path);
        return read.All(r => r.Member is not null) ? read.Select(r => r.Member!).ToList() : null;
    }

    private (Member? Member, Relation? Relation) ReadMember(JsonElement element, string path)
    {
        if (_read.Object(element, path) is not { } fields)
            return (null, null);

        string? id = _read.RequiredString(fields, "id");
        var relation = _read.RequiredCode<Relation>(fields, "relation");
        var member = new Member(id ?? "", relation ?? default)
        {
            Insz = _read.OptionalString(fields, "insz") is { } insz ? CheckedInsz(insz, fields.PathOf("insz")) : null,
            BirthDate = _read.ScalarFact(fields, "birth_date", _read.Date),
            PartnerKind = _read.OptionalCode<PartnerKind>(fields, "partner_kind"),
            Dependent = _read.ScalarFact(fields, "dependent", _read.Truth),
            RegisteredAtAddress = _read.ScalarFact(fields, "registered_at_address", _read.Truth),
            Residence = _read.ScalarFact(fields, "residence", _read.Code<Residence>),
            Statuses = _read.List(fields, "statuses", ReadStatus),
            Incomes = _read.List(fields, "incomes", ReadIncome),
            AbroadDaysLastYear = _read.ScalarFact(fields, "abroad_days_last_year", (e, p) => _read.WholeNumber(e, p, 0, 366)),
        };
        if (fields.Get("disability") is { } disabilityElement)
            member = WithDisability(member, disabilityElement, fields.PathOf("disability"));

        if (member.PartnerKind is not null && relation is { } r && r != Relation.Partner)
            _read.Problem(fields.PathOf("partner_kind"),
                $"only a member with relation \"partner\" has a partner_kind; this one is \"{Codes.Name(r)}\"");

        return (id is null || relation is null ? null : member, relation);
    }

    private string? CheckedInsz(string insz, string path)
    {
        if (Insz.Problem(insz) is { } problem)
        {
            _read.Problem(path, problem);
            return null;
        }
        return insz;
    }

    private Member WithDisability(Member member, JsonElement element, string path)
    {
        if (_read.Object(element, path) is not { } fields)
            return member;
        return member with
        {
            RecognitionPercent = _read.ScalarFact(fields, "recognition_percent", (e, p) => _read.Number(e, p, 0m, 100m)),
            Pillar1Points = _read.ScalarFact(fields, "pillar1_points", (e, p) => _read.WholeNumber(e, p, 0, int.MaxValue)),
            ZorgtoeslagPoints = _read.ScalarFact(fields, "zorgtoeslag_points", (e, p) => _read.WholeNumber(e, p, 0, int.MaxValue)),
        };
    }

    private StatusRecord? ReadStatus(JsonElement element, string path)
    {
        if (_read.Object(element, path) is not { } fields)
            return null;

        var status = _read.RequiredCode<StatusCode>(fields, "status");
        var since = _read.RequiredDate(fields, "since");
        var until = _read.OptionalDate(fields, "until");
        var source = _read.OptionalCode<FactSource>(fields, "source");
        var asOf = _read.OptionalDate(fields, "as_of");
        if (since is { } start && until is { } end && end < start)
        {
            _read.Problem(fields.PathOf("until"), $"{ContractDate.Format(end)} is before since ({ContractDate.Format(start)})");
            return null;
        }
        return status is null || since is null ? null : new StatusRecord(status.Value, since.Value, until, source, asOf);
    }

    private IncomeRecord? ReadIncome(JsonElement element, string path)
    {
        if (_read.Object(element, path) is not { } fields)
            return null;

        var kind = _read.RequiredCode<IncomeKind>(fields, "kind");
        var year = _read.RequiredWholeNumber(fields, "year", 1900, 2200);
        var grossTaxable = _read.OptionalAmount(fields, "gross_taxable");
        var netMonthly = _read.OptionalAmount(fields, "net_monthly");
        var source = _read.OptionalCode<FactSource>(fields, "source");
        var asOf = _read.OptionalDate(fields, "as_of");
        return kind is null || year is null ? null : new IncomeRecord(kind.Value, year.Value, grossTaxable, netMonthly, source, asOf);
    }

    private void CheckIdsAreUnique(IReadOnlyList<string?> ids, string path)
    {
        var firstIndexOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++)
            if (ids[i] is { } id && !firstIndexOfId.TryAdd(id, i))
                _read.Problem($"{path}[{i}].id", $"\"{id}\" is already the id of members[{firstIndexOfId[id]}]");
    }

    private void CheckRelations(IReadOnlyList<Relation> relations, string path)
    {
        var references = Enumerable.Range(0, relations.Count).Where(i => relations[i] == Relation.Reference).ToList();
        if (references.Count == 0)
        {
            _read.Problem(path, "no member has relation \"reference\"; exactly one must");
            for (int i = 0; i < relations.Count; i++)
                if (relations[i] == Relation.Partner)
                    _read.Problem($"{path}[{i}].relation", "\"partner\" means partner of the reference person, and no member is the reference");
        }
        foreach (int extra in references.Skip(1))
            _read.Problem($"{path}[{extra}].relation",
                $"a second \"reference\" (members[{references[0]}] is one); exactly one member must be the reference");
    }
}
