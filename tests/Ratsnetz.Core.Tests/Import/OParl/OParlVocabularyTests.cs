using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;
using Ratsnetz.Import.OParl;

namespace Ratsnetz.Import.OParl;

public sealed class OParlVocabularyTests
{
    [Theory]
    [InlineData("Gremium", null, "Gemeinderat", OrganizationKind.Council)]
    [InlineData("Gremium", "Ausschuss", "Hauptausschuss", OrganizationKind.Committee)]
    [InlineData(null, null, "Jugendhilfeausschuss", OrganizationKind.Committee)]
    [InlineData("Fraktion", null, "GRÜNE", OrganizationKind.Faction)]
    [InlineData(null, "Integrationsrat", "Integrationsrat der Stadt Kamen", OrganizationKind.IntegrationCouncil)]
    [InlineData("Verwaltung", null, "Stadtplanungsamt", OrganizationKind.Administration)]
    [InlineData(null, null, "Arbeitskreis Wohnen", OrganizationKind.WorkingGroup)]
    [InlineData(null, null, "The World Games Karlsruhe", OrganizationKind.Other)]
    public void Organization_kinds_are_guessed_from_type_classification_and_name(string? type, string? classification, string name, OrganizationKind kind)
    {
        Assert.Equal(kind, OParlVocabulary.GuessOrganizationKind(type, classification, name));
    }

    [Theory]
    [InlineData("Vorsitzende", MembershipRole.Chair)]
    [InlineData("1. stellv. Vorsitzender", MembershipRole.DeputyChair)]
    [InlineData("Stellvertretendes Mitglied", MembershipRole.DeputyMember)]
    [InlineData("Sachkundige Bürgerin", MembershipRole.AdvisoryMember)]
    [InlineData("Schriftführerin", MembershipRole.MinuteTaker)]
    [InlineData("Mitglied", MembershipRole.Member)]
    [InlineData(null, MembershipRole.Member)]
    public void Membership_roles_are_read_from_the_role_text(string? role, MembershipRole expected)
    {
        Assert.Equal(expected, OParlVocabulary.GuessMembershipRole(role));
    }

    [Theory]
    [InlineData("Herr", Salutation.Herr)]
    [InlineData("Ratsfrau", Salutation.Frau)]
    [InlineData("Bürgermeisterin", Salutation.Frau)]
    [InlineData("Ratsherr", Salutation.Herr)]
    [InlineData("Stadtverordnete", null)]
    public void Forms_of_address_give_a_salutation_only_when_they_state_one(string text, Salutation? expected)
    {
        Assert.Equal(expected, OParlVocabulary.GuessSalutation(text));
    }

    [Theory]
    [InlineData("einstimmig beschlossen", DecisionOutcome.Unanimous)]
    [InlineData("mehrheitlich beschlossen", DecisionOutcome.Adopted)]
    [InlineData("Zugestimmt zu geändertem Beschlusstext", DecisionOutcome.AdoptedAmended)]
    [InlineData("ungeändert beschlossen", DecisionOutcome.AdoptedUnchanged)]
    [InlineData("Kenntnisnahme", DecisionOutcome.Noted)]
    [InlineData("abgelehnt", DecisionOutcome.Rejected)]
    [InlineData("vertagt", DecisionOutcome.Postponed)]
    [InlineData("erledigt", null)]
    public void Result_texts_give_an_outcome_only_when_they_clearly_state_one(string result, DecisionOutcome? expected)
    {
        Assert.Equal(expected, OParlVocabulary.GuessOutcome(result));
    }
}
