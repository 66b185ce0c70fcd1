namespace Ratsnetz.Import.OParl;

/// <summary>
/// A small made-up OParl server in the shapes real ones send: OParl 1.0 type URLs, a title as a string, no
/// created/modified, a date-only start, a start without offset, an end in UTC, a duplicate on the next page, an
/// object without id, a broken organization link, a file whose content link is broken and one that works.
/// </summary>
internal static class FabricatedOParl
{
    public const string InvitationText = "Einladung zur 3. Sitzung";

    public static Dictionary<string, string> Documents() => new(StringComparer.Ordinal)
    {
        ["/system"] = """{ "id": "{base}/system", "type": "https://schema.oparl.org/1.0/System", "oparlVersion": "https://schema.oparl.org/1.0/", "name": "Musterhausen", "body": "{base}/bodies" }""",
        ["/bodies"] = """
            { "data": [ { "id": "{base}/body/1", "type": "https://schema.oparl.org/1.0/Body", "name": "Stadt Musterhausen", "shortName": "Musterhausen",
              "organization": "{base}/body/1/organizations", "person": "{base}/body/1/people", "meeting": "{base}/body/1/meetings", "paper": "{base}/body/1/papers",
              "legislativeTerm": [ { "id": "{base}/terms/1", "type": "https://schema.oparl.org/1.0/LegislativeTerm", "name": "Wahlperiode 2020–2025", "startDate": "2020-11-01", "endDate": "2025-10-31" } ] } ],
              "links": {} }
            """,
        ["/body/1/organizations"] = """
            { "data": [
                { "id": "{base}/organizations/1", "type": "https://schema.oparl.org/1.0/Organization", "name": "Rat der Stadt Musterhausen", "organizationType": "Gremium" },
                { "id": "{base}/organizations/2", "type": "https://schema.oparl.org/1.0/Organization", "name": "Liste Vielfalt", "organizationType": "Fraktion" } ],
              "links": { "next": "{base}/body/1/organizations?page=2" } }
            """,
        ["/body/1/organizations?page=2"] = """
            { "data": [
                { "id": "{base}/organizations/2", "type": "https://schema.oparl.org/1.0/Organization", "name": "Liste Vielfalt", "organizationType": "Fraktion" },
                { "id": "{base}/organizations/3", "type": "https://schema.oparl.org/1.0/Organization", "name": "Integrationsrat", "classification": "Integrationsrat", "startDate": "2020-11-01" } ],
              "links": {} }
            """,
        ["/body/1/people"] = """
            { "data": [ { "id": "{base}/people/1", "type": "https://schema.oparl.org/1.0/Person", "familyName": "Yilmaz", "givenName": "Ayşe", "formOfAddress": "Frau", "title": "Dr.",
                "membership": [ { "id": "{base}/memberships/1", "type": "https://schema.oparl.org/1.0/Membership", "organization": "{base}/organizations/3", "role": "Vorsitzende", "votingRight": true, "startDate": "2020-11-01" } ] } ],
              "links": {} }
            """,
        ["/body/1/meetings"] = """
            { "data": [
                { "id": "{base}/meetings/1", "type": "https://schema.oparl.org/1.0/Meeting", "name": "3. Sitzung des Integrationsrates", "organization": "{base}/organizations/3",
                  "start": "2024-03-05T17:00:00", "end": "2024-03-05T19:30:00Z",
                  "location": { "id": "{base}/locations/1", "type": "https://schema.oparl.org/1.0/Location", "description": "Ratssaal", "streetAddress": "Markt 1", "postalCode": "12345", "locality": "Musterhausen" },
                  "invitation": { "id": "{base}/files/1", "type": "https://schema.oparl.org/1.0/File", "name": "Einladung", "fileName": "einladung.txt", "mimeType": "text/plain", "accessUrl": "{base}/content/einladung.txt" },
                  "agendaItem": [
                    { "id": "{base}/agendaitems/1", "type": "https://schema.oparl.org/1.0/AgendaItem", "number": "1", "order": 1, "name": "Sprachkurse", "public": true, "result": "einstimmig beschlossen", "resolutionText": "Der Integrationsrat empfiehlt mehr Sprachkurse." },
                    { "id": "{base}/agendaitems/2", "type": "https://schema.oparl.org/1.0/AgendaItem", "number": "2", "order": 2, "name": "Personalangelegenheit", "public": false } ] },
                { "id": "{base}/meetings/2", "type": "https://schema.oparl.org/1.0/Meeting", "name": "Sitzung ohne lesbares Gremium", "organization": [ "{base}/organizations/404" ], "start": "2024-04-10" },
                { "type": "https://schema.oparl.org/1.0/Meeting", "name": "Sitzung ohne id" } ],
              "links": {} }
            """,
        ["/body/1/papers"] = """
            { "data": [ { "id": "{base}/papers/1", "type": "https://schema.oparl.org/1.0/Paper", "name": "Antrag Sprachkurse", "reference": "Drs. 12/2024", "date": "2024-02-20T00:00:00+01:00",
                "mainFile": { "id": "{base}/files/2", "type": "https://schema.oparl.org/1.0/File", "name": "Antrag", "accessUrl": "{base}/content/fehlt.pdf", "mimeType": "application/pdf", "text": "Wir beantragen mehr Sprachkurse." },
                "consultation": [
                  { "id": "{base}/consultations/1", "type": "https://schema.oparl.org/1.0/Consultation", "meeting": "{base}/meetings/1", "agendaItem": "{base}/agendaitems/1", "organization": [ "{base}/organizations/3" ], "role": "Entscheidung", "authoritative": true },
                  { "id": "{base}/consultations/2", "type": "https://schema.oparl.org/1.0/Consultation", "meeting": "{base}/meetings/99", "agendaItem": "{base}/agendaitems/99", "organization": [ "{base}/organizations/1" ], "role": "Kenntnisnahme" } ] } ],
              "links": {} }
            """,
        ["/content/einladung.txt"] = InvitationText,
    };
}
