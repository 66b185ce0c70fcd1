using Ratsnetz.Council.People;

namespace Ratsnetz.Council.People;

public sealed class PersonTests
{
    [Fact]
    public void A_person_needs_at_least_a_family_name()
    {
        Assert.Equal("person.family_name_required", Person.Create(1, " ").Error?.Code);
    }

    [Fact]
    public void The_full_name_puts_title_and_given_name_before_the_family_name()
    {
        Assert.Equal("Dr. Christian Schulze Pellengahr", Person.Create(1, "Schulze Pellengahr", "Christian", title: "Dr.").Value.Name);
        Assert.Equal("Hafléwer", Person.Create(1, "Hafléwer", salutation: Salutation.Frau).Value.Name);
    }
}
