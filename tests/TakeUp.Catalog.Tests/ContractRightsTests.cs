namespace TakeUp.Catalog.Tests;

/// <summary>The catalog holds exactly the rights the contract names, at the level it names.</summary>
public class ContractRightsTests
{
    [Fact]
    public void The_twelve_rights_of_the_contract_at_their_level()
    {
        string[] person = ["leefloon", "verhoogde-tegemoetkoming", "uitpas-kansentarief", "igo", "pro-deo", "zorgbudget-zwaar-zorgbehoevenden"];
        string[] household = ["sociaal-tarief-energie", "verwarmingstoelage", "sociaal-tarief-water", "sociaal-internettarief", "vlaamse-huurpremie", "groeipakket-sociale-toeslag"];
        var rights = BeVl.Catalog.Rights.ToDictionary(r => r.Id, r => r.IsPersonLevel);
        Assert.Equal(person.Concat(household).Order(), rights.Keys.Order());
        Assert.All(person, id => Assert.True(rights[id], id));
        Assert.All(household, id => Assert.False(rights[id], id));
        Assert.StartsWith("be-vl@", BeVl.Catalog.Name);
    }
}
