namespace Ratsnetz.Bench;

/// <summary>
/// The built-in word lists the generated names and texts are assembled from (written for Ratsnetz; fictional
/// towns, common German and immigrant names, generic council vocabulary).
/// </summary>
internal static class BenchWords
{
    public static readonly string[] TownStems =
    [
        "Linden", "Wiesen", "Eichen", "Birken", "Rosen", "Sonnen", "Mühl", "Stein", "Wald", "Brunn", "Fels", "Erlen",
        "Hassel", "Buchen", "Espen", "Heide", "Kirch", "Mark", "Ulmen", "Weiden", "Ahorn", "Tannen", "Bern", "Gold",
    ];

    public static readonly string[] TownSuffixes = ["feld", "bach", "hausen", "dorf", "heim", "berg", "tal", "au", "brück", "rode", "stedt", "hagen"];

    public static readonly string[] StreetStems =
    [
        "Linden", "Kirch", "Schul", "Bahnhof", "Garten", "Mühlen", "Wiesen", "Berg", "Feld", "Markt", "Post", "Rosen",
        "Birken", "Buchen", "Hafen", "Brunnen", "Sonnen", "Eichen", "Bach", "Schiller", "Goethe", "Heine", "Wald", "Tal",
    ];

    public static readonly string[] StreetSuffixes = ["straße", "weg", "allee", "ring", "platz", "gasse"];

    public static readonly string[] FemaleGivenNames =
    [
        "Anna", "Maria", "Katharina", "Sabine", "Petra", "Monika", "Claudia", "Julia", "Laura", "Sarah", "Lena", "Sandra",
        "Nicole", "Andrea", "Birgit", "Ursula", "Elif", "Ayşe", "Fatma", "Zeynep", "Leyla", "Amira", "Katarzyna", "Agnieszka",
        "Olena", "Irina", "Giulia", "Francesca", "Sofia", "Elena", "Mariam", "Hanna", "Nadia", "Aylin", "Derya", "Svetlana",
    ];

    public static readonly string[] MaleGivenNames =
    [
        "Thomas", "Michael", "Andreas", "Stefan", "Peter", "Klaus", "Jürgen", "Frank", "Markus", "Christian", "Jan", "Lukas",
        "Tobias", "Matthias", "Wolfgang", "Dieter", "Mehmet", "Ahmet", "Mustafa", "Aziz", "Ali", "Hassan", "Omar", "Tomasz",
        "Piotr", "Andrij", "Dmitri", "Marco", "Luca", "Giorgos", "Nikolaos", "Yusuf", "Emre", "Serkan", "Bernd", "Uwe",
    ];

    public static readonly string[] FamilyNames =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch",
        "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun", "Hofmann", "Zimmermann", "Hartmann", "Krüger",
        "Lange", "Werner", "Köhler", "Lehmann", "Maier", "Schmitz", "Krause", "Peters", "Möller", "Jung", "Vogel", "Keller",
        "Berger", "Frank", "Roth", "Beck", "Lorenz", "Baumann", "Kaiser", "Fuchs", "Herrmann", "Sommer", "Graf", "Brandt",
        "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Arslan", "Doğan", "Aydın", "Özkan", "Kowalski", "Nowak",
        "Wiśniewski", "Lewandowski", "Kovačević", "Popović", "Rossi", "Esposito", "Papadopoulos", "Haddad", "Nasser",
        "Al-Hassan", "Ibrahim", "Mahmoud", "Ivanova", "Petrenko", "Schevchenko", "Nguyen", "Tran", "Osei", "Mensah",
    ];

    public static readonly string[] Factions = ["CDU", "SPD", "GRÜNE", "FDP", "DIE LINKE", "Freie Wähler", "Volt", "UWG", "Die PARTEI", "BIG"];

    public static readonly string[] Committees =
    [
        "Haupt- und Finanzausschuss", "Ausschuss für Stadtentwicklung und Umwelt", "Bau- und Planungsausschuss", "Schulausschuss",
        "Jugendhilfeausschuss", "Sozialausschuss", "Ausschuss für Kultur und Sport", "Rechnungsprüfungsausschuss",
        "Ausschuss für Klimaschutz und Mobilität", "Betriebsausschuss Stadtwerke", "Ausschuss für Digitalisierung",
        "Ausschuss für Feuerwehr, Sicherheit und Ordnung", "Ausschuss für Wirtschaftsförderung und Tourismus",
        "Wahlprüfungsausschuss", "Ausschuss für Gleichstellung", "Ausschuss für Wohnen und Soziales", "Seniorenbeirat",
        "Ausschuss für Gesundheit und Pflege", "Vergabeausschuss", "Ältestenrat",
    ];

    public static readonly string[] WorkingGroups =
    [
        "Arbeitskreis Integration", "Steuerungsgruppe Kommunales Integrationsmanagement", "Runder Tisch Wohnen",
        "Arbeitsgruppe Radverkehr", "Lenkungskreis Innenstadt",
    ];

    public static readonly string[] Buildings = ["Grundschule", "Gesamtschule", "Kindertagesstätte", "Sporthalle", "Feuerwache", "Bücherei", "Jugendzentrum", "Begegnungsstätte", "Hallenbad", "Bürgerhaus"];

    public static readonly string[] Measures = ["Sanierung", "Neubau", "Erweiterung", "Umgestaltung", "Modernisierung", "Barrierefreier Umbau", "Energetische Sanierung"];

    public static readonly string[] Topics =
    [
        "Integrationskonzept", "Sprachcafés für Neuzugewanderte", "Kommunales Integrationsmanagement", "Radverkehrskonzept",
        "Lärmaktionsplan", "Klimaschutzkonzept", "Schulentwicklungsplan", "Kindertagesstättenbedarfsplan", "Spielplatzkonzept",
        "Digitalisierung der Schulen", "Wohnraumversorgungskonzept", "Einzelhandelskonzept", "Starkregenvorsorge",
        "Umrüstung der Straßenbeleuchtung auf LED", "Öffentlicher Personennahverkehr", "Bürgerbeteiligung", "Ehrenamtskarte",
        "Unterbringung Geflüchteter", "Beratungsangebote für Migrantinnen und Migranten", "Anerkennung ausländischer Berufsabschlüsse",
        "Baumschutzsatzung", "Friedhofsgebührensatzung", "Abwassergebühren", "Parkraumbewirtschaftung", "Breitbandausbau",
    ];

    public static readonly string[] VorlageActions =
    [
        "Beschluss", "Vergabe der Bauleistungen", "Bereitstellung überplanmäßiger Mittel", "Genehmigung der Entwurfsplanung",
        "Satzungsbeschluss", "Fortschreibung", "Aufstellungsbeschluss", "Kenntnisnahme und Beschluss über das weitere Vorgehen",
    ];

    public static readonly string[] PublicOpening = ["Eröffnung und Begrüßung", "Eröffnung der Sitzung und Feststellung der Beschlussfähigkeit", "Feststellung der ordnungsgemäßen Einladung und der Tagesordnung"];

    public static readonly string[] PublicClosing = ["Mitteilungen der Verwaltung", "Anfragen und Mitteilungen", "Verschiedenes"];

    public static readonly string[] StandardItems = ["Bericht der Verwaltung", "Sachstand", "Vorstellung", "Information"];

    public static readonly string[] NonPublicItems = ["Grundstücksangelegenheit", "Personalangelegenheit", "Vergabe eines Auftrags", "Vertragsangelegenheit", "Stundung einer Forderung"];

    public static readonly string[] Attachments = ["Lageplan", "Kostenschätzung", "Stellungnahme", "Präsentation", "Entwurf", "Übersicht", "Protokollauszug", "Gutachten", "Zeitplan", "Satzungstext"];

    public static readonly string[] Rooms = ["Ratssaal", "Sitzungsraum 1", "Sitzungsraum 2", "Großer Sitzungssaal", "Kleiner Sitzungssaal", "Mehrzweckraum", "Saal im Bürgerhaus", "Aula"];

    public static readonly string[] Sentences =
    [
        "Die Verwaltung legt hiermit den Entwurf zu {0} vor.",
        "Die Kosten belaufen sich nach aktueller Schätzung auf rund {1} Euro.",
        "Die Mittel stehen im Haushalt {2} zur Verfügung.",
        "Der Ausschuss hat sich in seiner letzten Sitzung ausführlich mit {0} befasst.",
        "Eine Beteiligung der Öffentlichkeit hat stattgefunden; die Anregungen sind in der Anlage zusammengefasst.",
        "Die Verwaltung empfiehlt, dem Beschlussvorschlag zu folgen.",
        "Auswirkungen auf den Klimaschutz wurden geprüft und sind gering.",
        "Über den weiteren Verlauf wird regelmäßig berichtet.",
        "Die Maßnahme soll bis Ende {2} abgeschlossen werden.",
        "Mit den betroffenen Trägern und Vereinen wurden Gespräche geführt.",
        "Der Integrationsrat wurde beteiligt und unterstützt das Vorhaben.",
        "Eine Förderung durch das Land ist beantragt.",
        "Die Fraktion bittet um Beantwortung der folgenden Fragen zu {0}.",
        "Wie viele Personen haben das Angebot im vergangenen Jahr genutzt?",
        "Welche Kosten sind der Stadt bisher entstanden?",
        "Die Stellungnahmen der Fachämter liegen vor.",
    ];
}
