namespace Story.Extraction.Entities;

/// <summary>Nationality adjectives and the country they stand for ("Russian forces" mention Russia).</summary>
internal static class Demonyms
{
    private static readonly Dictionary<string, string> Countries = new(StringComparer.Ordinal)
    {
        ["American"] = "United States", ["Russian"] = "Russia", ["Ukrainian"] = "Ukraine", ["European"] = "Europe",
        ["German"] = "Germany", ["French"] = "France", ["British"] = "United Kingdom", ["Turkish"] = "Turkey",
        ["Chinese"] = "China", ["Estonian"] = "Estonia", ["Latvian"] = "Latvia", ["Lithuanian"] = "Lithuania",
        ["Polish"] = "Poland", ["Italian"] = "Italy", ["Spanish"] = "Spain", ["Dutch"] = "Netherlands",
        ["Belgian"] = "Belgium", ["Swedish"] = "Sweden", ["Finnish"] = "Finland", ["Norwegian"] = "Norway",
        ["Danish"] = "Denmark", ["Hungarian"] = "Hungary", ["Romanian"] = "Romania", ["Moldovan"] = "Moldova",
        ["Belarusian"] = "Belarus", ["Georgian"] = "Georgia", ["Israeli"] = "Israel", ["Iranian"] = "Iran",
        ["Japanese"] = "Japan", ["Indian"] = "India", ["Canadian"] = "Canada", ["Saudi"] = "Saudi Arabia",
        ["Syrian"] = "Syria", ["Iraqi"] = "Iraq", ["Egyptian"] = "Egypt", ["Qatari"] = "Qatar", ["Swiss"] = "Switzerland",
        ["Austrian"] = "Austria", ["Czech"] = "Czech Republic", ["Slovak"] = "Slovakia", ["Greek"] = "Greece",
        ["Bulgarian"] = "Bulgaria", ["Serbian"] = "Serbia", ["Croatian"] = "Croatia", ["Irish"] = "Ireland",
        ["Australian"] = "Australia", ["Brazilian"] = "Brazil", ["Mexican"] = "Mexico", ["Korean"] = "Korea",
        ["North Korean"] = "North Korea", ["South Korean"] = "South Korea", ["Pakistani"] = "Pakistan",
        ["Afghan"] = "Afghanistan", ["Palestinian"] = "Palestine", ["Lebanese"] = "Lebanon", ["Kazakh"] = "Kazakhstan",
        ["Armenian"] = "Armenia", ["Azerbaijani"] = "Azerbaijan", ["Portuguese"] = "Portugal",
    };

    public static bool TryCountry(string word, out string country) => Countries.TryGetValue(word, out country!);
}
