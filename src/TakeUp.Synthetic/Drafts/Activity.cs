namespace TakeUp.Synthetic.Drafts;

/// <summary>What a person lives on; it decides the kind and level of their income.</summary>
internal enum Activity
{
    None,
    Student,
    Employed,
    SelfEmployed,
    Unemployed,
    Incapacitated,
    Invalid,
    Pensioner,
    /// <summary>Leefloon is not taxable: no income record comes from it.</summary>
    Leefloon,
    /// <summary>The integration allowance for persons with a disability is not taxable either.</summary>
    DisabilityAllowance,
    /// <summary>Homemaker or otherwise without an income of their own.</summary>
    Inactive,
    /// <summary>An asylum seeker in a reception place: material aid, no income.</summary>
    Reception,
}
