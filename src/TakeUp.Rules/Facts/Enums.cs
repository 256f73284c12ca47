namespace TakeUp.Rules.Facts;

// The value sets of the contract (takeup.situation/v1). Their wire names are in Codes.

public enum Tenure { SocialRent, PrivateRent, Owner, Free, Homeless, Other }

public enum HeatingFuel { HeatingOil, Paraffin, PropaneBulk, Gas, Electric, Wood, Other }

public enum Relation { Reference, Partner, Child, Parent, OtherRelative, Unrelated }

public enum PartnerKind { Married, LegalCohabitant, DeFacto }

public enum Residence { Belgian, Eu, PopulationRegister, Refugee, SubsidiaryProtection, Stateless, Other }

public enum IncomeKind { Employment, Replacement, Pension, SelfEmployed, Cadastral, Maintenance, Other }

public enum StatusCode
{
    Leefloon, LeefloonEquivalent, Igo, Gib, Ivt, It, ThirdPartyHelp, Incapacity65, ZorgbudgetOuderen,
    ZorgbudgetZwaarZorgbehoevenden, Zorgtoeslag, Nbmv, FullOrphan, Vt, Unemployed, Incapacitated, Invalid,
    Pensioner, SingleParent, Widowed, DebtMediation, CollectiveDebtSettlement, BudgetManagement, LocalReception,
    SocialeToeslag, Schooltoeslag, Huursubsidie,
}
