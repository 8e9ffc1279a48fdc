namespace Story.Entities;

/// <summary>A general gazetteer of world-news entities. Not specific to any one story.</summary>
internal static class DefaultEntities
{
    private static GazetteerEntry E(string canonical, params string[] aliases) => new(canonical, aliases);

    public static IReadOnlyList<GazetteerEntry> PeopleEntries { get; } =
    [
        E("Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenski"),
        E("Vladimir Putin", "Putin"),
        E("Donald Trump", "Trump", "Donald J. Trump"),
        E("Joe Biden", "Biden"),
        E("Marco Rubio", "Rubio"),
        E("Steve Witkoff", "Witkoff"),
        E("Dan Driscoll", "Driscoll"),
        E("JD Vance", "J.D. Vance", "Vance"),
        E("Pete Hegseth", "Hegseth"),
        E("Dmitry Peskov", "Peskov"),
        E("Sergey Lavrov", "Lavrov"),
        E("Kirill Dmitriev", "Dmitriev"),
        E("Kaja Kallas", "Kallas"),
        E("Ursula von der Leyen", "von der Leyen"),
        E("Emmanuel Macron", "Macron"),
        E("Friedrich Merz", "Merz"),
        E("Keir Starmer", "Starmer"),
        E("Giorgia Meloni", "Meloni"),
        E("Donald Tusk", "Tusk"),
        E("Mark Rutte", "Rutte"),
        E("Johann Wadephul", "Wadephul"),
        E("Jean-Noël Barrot", "Barrot", "Jean-Noel Barrot"),
        E("Tayyip Erdogan", "Erdogan", "Recep Tayyip Erdogan", "Erdoğan"),
        E("Randy George", "Gen. Randy George", "General Randy George"),
        E("Oleksandr Syrskyi", "Syrskyi", "Syrsky", "Oleksandr Syrsky"),
        E("Andriy Yermak", "Yermak"),
        E("Rustem Umerov", "Umerov"),
        E("Yulia Svyrydenko", "Svyrydenko"),
        E("Andrii Sybiha", "Sybiha"),
        E("Xi Jinping", "Xi"),
        E("Benjamin Netanyahu", "Netanyahu"),
    ];

    public static IReadOnlyList<GazetteerEntry> PlaceAndOrganisationEntries { get; } =
    [
        E("United States", "U.S.", "US", "USA", "U.S.A.", "United States of America", "America", "Washington", "the United States", "White House", "the White House"),
        E("Russia", "Russian Federation", "Moscow", "Kremlin", "the Kremlin"),
        E("Ukraine", "Kyiv", "Kiev"),
        E("European Union", "EU", "E.U.", "Brussels"),
        E("Europe", "European governments", "European allies", "Europeans", "European capitals"),
        E("NATO", "North Atlantic Treaty Organization"),
        E("United Kingdom", "UK", "U.K.", "Britain", "London"),
        E("Germany", "Berlin"),
        E("France", "Paris"),
        E("Turkey", "Türkiye", "Turkiye", "Ankara"),
        E("China", "Beijing"),
        E("Donbas", "Donbass", "the Donbas", "Donbas region"),
        E("Crimea"),
        E("Pokrovsk"),
        E("Estonia", "Tallinn"),
        E("United Nations", "UN", "U.N."),
        E("Reuters"),
        E("Axios"),
        E("Financial Times", "FT"),
        E("Associated Press", "AP"),
        E("Energoatom"),
        E("Russian Orthodox Church"),
    ];

    public static IEnumerable<GazetteerEntry> All => PeopleEntries.Concat(PlaceAndOrganisationEntries);

    public static HashSet<string> People { get; } = PeopleEntries.Select(e => e.Canonical).ToHashSet(StringComparer.Ordinal);
}
