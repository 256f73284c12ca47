using TakeUp.Rules.Facts;

namespace TakeUp.Synthetic.Drafts;

/// <summary>One household while it is being drawn; reused from household to household.</summary>
internal sealed class HouseholdDraft
{
    /// <summary>The largest household the size table produces.</summary>
    public const int MaxMembers = 8;

    private readonly PersonDraft[] _people;

    public HouseholdDraft()
    {
        _people = new PersonDraft[MaxMembers];
        for (int i = 0; i < _people.Length; i++) _people[i] = new PersonDraft();
    }

    public HouseholdShape Shape;
    public int Count { get; private set; }

    public string Municipality = "";

    public Tenure Tenure;
    public HeatingFuel HeatingFuel;
    public bool CollectiveHeating;
    public decimal? MonthlyRent;
    public DateOnly? WaitingListSince;

    /// <summary>Whether the household belongs to the low-income, status-holding group that rents more often.</summary>
    public bool Vulnerable;

    public PersonDraft this[int index] => _people[index];

    public PersonDraft Reference => _people[0];

    public void Begin(HouseholdShape shape)
    {
        Shape = shape;
        Count = 0;
        Municipality = "";
        Tenure = Tenure.Owner;
        HeatingFuel = HeatingFuel.Gas;
        CollectiveHeating = false;
        MonthlyRent = null;
        WaitingListSince = null;
        Vulnerable = false;
    }

    public PersonDraft Add(Relation relation, int age, bool female)
    {
        var p = _people[Count++];
        p.Reset();
        p.Relation = relation;
        p.Age = age;
        p.Female = female;
        return p;
    }

    /// <summary>The registered partner of the reference, if there is one.</summary>
    public PersonDraft? Partner
    {
        get
        {
            for (int i = 1; i < Count; i++)
            {
                if (_people[i].Relation == Relation.Partner) return _people[i];
            }
            return null;
        }
    }
}
