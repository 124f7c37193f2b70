// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoNames.h"

#include <array>
#include <cstdint>
#include <vector>

namespace staffpath::services::demo {

namespace {

// One group of names that tend to travel together. Lists are comma-separated; "Legal|Preferred" gives a
// preferred name, and a surname ending in "#F" or "#M" is only drawn for that sex (Ní Bhriain, Kowalska).
struct Origin
{
    int weight;
    const char* female;
    const char* male;
    const char* surnames;
};

constexpr std::array kOrigins{
    Origin{52,
           "Elizabeth|Beth,Katherine|Kate,Rebecca|Becky,Victoria|Vicky,Jennifer|Jen,Margaret|Maggie,Abigail|Abi,"
           "Alexandra|Alex,Samantha|Sam,Charlotte|Charlie,Sarah,Emma,Laura,Rachel,Helen,Claire,Joanne|Jo,Nicola|Nicky,"
           "Lucy,Hannah,Amy,Gemma,Sophie,Jessica|Jess,Emily,Natalie,Louise,Kirsty,Hayley,Anne-Marie,Mary-Jane,"
           "Zoë,Chloé,Rhiannon,Bethan,Gwenllian|Gwen,Fiona,Morag,Eilidh,Susan|Sue,Deborah|Debbie,Patricia|Trish,"
           "Catherine|Cath,Philippa|Pippa,Harriet|Hattie,Eleanor|Ellie,Frances|Fran,Jacqueline|Jackie",
           "Robert|Rob,William|Will,Jonathan|Jon,Christopher|Chris,Nicholas|Nick,Matthew|Matt,Benjamin|Ben,"
           "Thomas|Tom,Daniel|Dan,Samuel|Sam,Andrew|Andy,Michael|Mike,James,David,Richard,Paul,Mark,Stephen,Simon,"
           "Gareth,Dafydd,Rhys,Owen,Callum,Euan,Hamish,Oliver|Ollie,Jack,Luke,Adam,Craig,Darren,Lee,Jean-Paul,"
           "Timothy|Tim,Anthony|Tony,Edward|Ed,Alexander|Sandy,Philip|Phil,Joseph|Joe,Peter,Ian,Neil,Graham",
           "Smith,Jones,Taylor,Brown,Williams,Wilson,Johnson,Davies,Robinson,Wright,Thompson,Evans,Walker,White,"
           "Roberts,Green,Hall,Wood,Jackson,Clarke,Hughes,Edwards,Turner,Harris,Cooper,Morris,Ward,Bennett,Parker,"
           "Price,Lloyd-Evans,Hughes-Wright,Bailey-Jones,Ashworth,Fairbrother,Pickering,Heathcote,Ramsbottom,"
           "McAllister,MacLeod,Fraser,Campbell,ap Rhys,Llewellyn,Pryce-Jones,Featherstone,Whitehead,Holloway,"
           "Sutcliffe,Oldroyd,Entwistle,Marsden,Greenwood,Kendrick,Barraclough,Duckworth"},
    Origin{7, "Aoife,Niamh,Saoirse,Siobhán,Orla,Róisín,Caoimhe,Sinéad,Bríd|Bridget,Aisling,Clodagh,Gráinne",
           "Seán,Ciarán,Oisín,Pádraig|Paddy,Declan,Eoin,Cathal,Donal,Colm,Tadhg,Fionn,Diarmuid",
           "O'Brien,O'Connor,O'Sullivan,O'Neill,Ní Bhriain#F,Ó Briain#M,Ní Cheallaigh#F,Ó Ceallaigh#M,Murphy,"
           "Kelly,Byrne,Fitzgerald,Gallagher,Doherty,McCarthy,Quinn,Nolan,Brennan,Mac Giolla Phádraig"},
    Origin{12,
           "Priya,Anjali,Sunita,Harpreet,Gurpreet,Manpreet|Preet,Aisha,Fatima,Ayesha,Nusrat,Shabana,Rukhsana,"
           "Farzana,Nadia,Zainab,Deepa,Kavita,Meera,Simran,Jaspreet",
           "Rajesh|Raj,Sanjay,Vikram|Vik,Gurdeep,Harjit,Amrit,Muhammad|Mo,Yusuf,Imran,Bilal,Tariq,Asif,Zubair,"
           "Arjun,Rohan,Kiran,Sukhvinder|Sukhi,Nikhil,Faisal,Irfan",
           "Patel,Khan,Ahmed,Hussain,Begum#F,Singh,Kaur#F,Shah,Chowdhury,Rahman,Sharma,Gill,Sandhu,Mistry,Iqbal,"
           "Akhtar,Bhatt,Choudhry,D'Souza,De Souza,Fernandes,Malik,Qureshi,Smith-Patel,Dhillon"},
    Origin{8,
           "Folasade|Sade,Chiamaka|Amaka,Nkechi,Ama,Abena,Tendai,Grace,Precious,Blessing,Adaeze,Yewande,Efua,"
           "Oluwaseun|Seun,Marcia,Sharon,Nadine,Simone",
           "Adebayo|Bayo,Chidi,Kwame,Kofi,Emeka,Oluwaseun|Seun,Olusegun|Segun,Tunde,Femi,Kwabena,Delroy,Winston,"
           "Jermaine,Marcus,Tyrone,Desmond",
           "Okafor,Adeyemi,Mensah,Owusu,Nwosu,Osei,Boateng,Adebayo,Okonkwo,Asante,Eze,Campbell,Bennett-Okoro,"
           "Francis,Grant,Thomas-Asante,Oyelaran,Ogunleye"},
    Origin{5, "Agnieszka|Aga,Małgorzata|Gosia,Katarzyna|Kasia,Joanna|Asia,Ewa,Zofia,Żaneta,Magdalena|Magda,Ilona",
           "Łukasz,Piotr,Tomasz|Tomek,Paweł,Krzysztof,Michał,Jakub|Kuba,Mateusz,Andrzej",
           "Nowak,Kowalska#F,Kowalski#M,Wiśniewska#F,Wiśniewski#M,Zielińska#F,Zieliński#M,Wójcik,Kamińska#F,"
           "Kamiński#M,Śliwa,Horváth,Novák,Popescu,Petrova#F,Petrov#M"},
    Origin{5, "María,Lucía,Beatriz|Bea,Francesca,Giulia,Inês,Ana,Sofía,Carmen,Eleni,Ioanna",
           "José,Javier,Marco,Giovanni|Gio,João,Rui,Alejandro,Nikos,Dimitris,Andrés",
           "Nuñez,Muñoz,García,Fernández,Rossi,Esposito,Ferreira,Costa,da Silva,dos Santos,Papadopoulos,"
           "Georgiou,Romano,López"},
    Origin{5, "Séverine,Amélie,Anneliese,Ingrid,Femke,Saskia,Hélène,Margaux,Brigitte,Anna-Lena",
           "Émile,Jürgen,Lars,Henrik,Pieter,Joost,François,Matthias,Søren,Niels",
           "van der Berg,van Dijk,de Vries,Müller,Schäfer,Lefèvre,Dubois,Janssen,Bergström,Østergaard,"
           "von Essen,Le Roux,Brontë-Hale"},
    Origin{4, "Mei,Hui Min,Yan,Jia,Thi Lan|Lan,Linh,Soo-jin,Hana,Yuki,Mai",
           "Wei,Jun,Hao,Minh,Quang,Ji-ho,Kenji,Hiroshi|Hiro,Kai,Tuan",
           "Chen,Wong,Li,Nguyen,Tran,Kim,Park,Tanaka,Lam,Cheung,Ho,Pham"},
    Origin{3, "Elif,Zeynep,Ayşe,Leyla,Yasmin,Dilek,Nour,Rana", "Mehmet,Emre,Can,Omar,Karim,Hassan,Ali,Serkan",
           "Çelik,Yılmaz,Öztürk,Demir,Aydın,Haddad,Nasser,Karimi,Hosseini,El-Amin"},
};

// Unisex names for the few who use Mx.
constexpr std::array<std::string_view, 8> kUnisex{"Alex",    "Sam",   "Jordan", "Robin",
                                                  "Charlie", "Jamie", "Rowan",  "Ashley"};

struct Entry
{
    std::string_view name;
    std::string_view preferred;
    char sex = 0;
};

struct ParsedOrigin
{
    std::vector<Entry> female;
    std::vector<Entry> male;
    std::vector<Entry> surnames;
};

std::vector<Entry> parseList(std::string_view text)
{
    std::vector<Entry> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view item = text.substr(start, end - start);
        Entry entry;
        if (item.size() > 2 && item[item.size() - 2] == '#') {
            entry.sex = item.back();
            item.remove_suffix(2);
        }
        const std::size_t bar = item.find('|');
        entry.name = item.substr(0, bar);
        if (bar != std::string_view::npos) {
            entry.preferred = item.substr(bar + 1);
        }
        if (!entry.name.empty()) {
            out.push_back(entry);
        }
        start = end + 1;
    }
    return out;
}

const std::vector<ParsedOrigin>& origins()
{
    static const std::vector<ParsedOrigin> parsed = [] {
        std::vector<ParsedOrigin> all;
        for (const Origin& origin : kOrigins) {
            all.push_back({parseList(origin.female), parseList(origin.male), parseList(origin.surnames)});
        }
        return all;
    }();
    return parsed;
}

const std::vector<int>& originWeights()
{
    static const std::vector<int> weights = [] {
        std::vector<int> w;
        for (const Origin& origin : kOrigins) {
            w.push_back(origin.weight);
        }
        return w;
    }();
    return weights;
}

std::string_view drawSurname(Random& random, const ParsedOrigin& origin, bool female)
{
    for (;;) {
        const Entry& entry = random.pick(std::span<const Entry>(origin.surnames));
        if (entry.sex == 0 || (entry.sex == 'F') == female) {
            return entry.name;
        }
    }
}

constexpr std::array<std::string_view, 60> kPlaces{
    "Ashcombe",     "Bramley Vale", "Oakfield",   "Hollins Park", "Kingsmead",      "Riverside",    "Thornbury",
    "Fairlight",    "Westbrook",    "Hazelwood",  "Millbrook",    "Castlegate",     "Larkspur",     "Elmhurst",
    "Greystone",    "Harbour View", "Whitmore",   "Foxhill",      "Redbridge Lane", "Stonecross",   "Moorfield",
    "Willowbank",   "Cranford",     "Langdale",   "Beechwood",    "Sandford",       "Highcliffe",   "Northgate",
    "Sutton Vale",  "Ravensworth",  "Kestrel",    "Brookside",    "Meadowcroft",    "Hartley",      "Pennington",
    "Wyvern",       "St Aidan's",   "St Hilda's", "St Bede's",    "Our Lady's",     "Holy Trinity", "Ferndown",
    "Alderley",     "Coldharbour",  "Dunmore",    "Eastfield",    "Glenfield",      "Hawthorn",     "Ivybridge",
    "Juniper Hill", "Kirkstall",    "Lindfield",  "Marlowe",      "Netherby",       "Orchard Vale", "Priory",
    "Queensbury",   "Rosedale",     "Southmead",  "Tennyson"};

struct Fold
{
    char32_t code;
    const char* ascii;
};

// The letters our name lists use, plus their neighbours, in code-point order.
constexpr std::array kFolds{
    Fold{0xC0, "a"},  Fold{0xC1, "a"},  Fold{0xC2, "a"},  Fold{0xC3, "a"},  Fold{0xC4, "a"},   Fold{0xC5, "a"},
    Fold{0xC6, "ae"}, Fold{0xC7, "c"},  Fold{0xC8, "e"},  Fold{0xC9, "e"},  Fold{0xCA, "e"},   Fold{0xCB, "e"},
    Fold{0xCC, "i"},  Fold{0xCD, "i"},  Fold{0xCE, "i"},  Fold{0xCF, "i"},  Fold{0xD1, "n"},   Fold{0xD2, "o"},
    Fold{0xD3, "o"},  Fold{0xD4, "o"},  Fold{0xD5, "o"},  Fold{0xD6, "o"},  Fold{0xD8, "o"},   Fold{0xD9, "u"},
    Fold{0xDA, "u"},  Fold{0xDB, "u"},  Fold{0xDC, "u"},  Fold{0xDD, "y"},  Fold{0xDF, "ss"},  Fold{0xE0, "a"},
    Fold{0xE1, "a"},  Fold{0xE2, "a"},  Fold{0xE3, "a"},  Fold{0xE4, "a"},  Fold{0xE5, "a"},   Fold{0xE6, "ae"},
    Fold{0xE7, "c"},  Fold{0xE8, "e"},  Fold{0xE9, "e"},  Fold{0xEA, "e"},  Fold{0xEB, "e"},   Fold{0xEC, "i"},
    Fold{0xED, "i"},  Fold{0xEE, "i"},  Fold{0xEF, "i"},  Fold{0xF1, "n"},  Fold{0xF2, "o"},   Fold{0xF3, "o"},
    Fold{0xF4, "o"},  Fold{0xF5, "o"},  Fold{0xF6, "o"},  Fold{0xF8, "o"},  Fold{0xF9, "u"},   Fold{0xFA, "u"},
    Fold{0xFB, "u"},  Fold{0xFC, "u"},  Fold{0xFD, "y"},  Fold{0xFF, "y"},  Fold{0x104, "a"},  Fold{0x105, "a"},
    Fold{0x106, "c"}, Fold{0x107, "c"}, Fold{0x10C, "c"}, Fold{0x10D, "c"}, Fold{0x118, "e"},  Fold{0x119, "e"},
    Fold{0x11E, "g"}, Fold{0x11F, "g"}, Fold{0x130, "i"}, Fold{0x131, "i"}, Fold{0x141, "l"},  Fold{0x142, "l"},
    Fold{0x143, "n"}, Fold{0x144, "n"}, Fold{0x150, "o"}, Fold{0x151, "o"}, Fold{0x152, "oe"}, Fold{0x153, "oe"},
    Fold{0x158, "r"}, Fold{0x159, "r"}, Fold{0x15A, "s"}, Fold{0x15B, "s"}, Fold{0x15E, "s"},  Fold{0x15F, "s"},
    Fold{0x160, "s"}, Fold{0x161, "s"}, Fold{0x179, "z"}, Fold{0x17A, "z"}, Fold{0x17B, "z"},  Fold{0x17C, "z"},
    Fold{0x17D, "z"}, Fold{0x17E, "z"},
};

} // namespace

PersonName drawName(Random& random)
{
    const auto& all = origins();
    const std::size_t forenameOrigin = random.weighted(originWeights());
    // Most people's names share an origin; a fair share do not (marriage, mixed heritage).
    const std::size_t surnameOrigin = random.percent(75) ? forenameOrigin : random.weighted(originWeights());

    PersonName name;
    const int sexRoll = static_cast<int>(random.below(1000));
    // School workforces are about three-quarters women.
    name.female = sexRoll < 740;
    const bool nonBinary = sexRoll >= 985;
    if (nonBinary) {
        name.forename = std::string(random.pick(std::span<const std::string_view>(kUnisex)));
        name.title = "Mx";
    } else {
        const auto& list = name.female ? all[forenameOrigin].female : all[forenameOrigin].male;
        const Entry& entry = random.pick(std::span<const Entry>(list));
        name.forename = std::string(entry.name);
        if (!entry.preferred.empty() && random.percent(60)) {
            name.preferred = std::string(entry.preferred);
        }
        if (random.percent(3)) {
            name.title = "Dr";
        } else if (!name.female) {
            name.title = "Mr";
        } else {
            static constexpr std::array<std::string_view, 3> kTitles{"Mrs", "Ms", "Miss"};
            static constexpr std::array<int, 3> kWeights{50, 32, 18};
            name.title = std::string(kTitles[random.weighted(kWeights)]);
        }
    }
    name.surname = std::string(drawSurname(random, all[surnameOrigin], name.female));
    // Double-barrelled names formed by marriage or at birth.
    if (random.percent(3)) {
        name.surname += '-';
        name.surname += drawSurname(random, all[random.weighted(originWeights())], name.female);
    }
    return name;
}

std::string schoolPlace(std::size_t index)
{
    std::string place(kPlaces[index % kPlaces.size()]);
    if (const std::size_t round = index / kPlaces.size(); round > 0) {
        static constexpr std::array<std::string_view, 6> kSuffixes{" Park",   " Green", " Hill",
                                                                   " Valley", " Cross", " Fields"};
        place += kSuffixes[(round - 1) % kSuffixes.size()];
        if (round > kSuffixes.size()) {
            place += ' ';
            place += std::to_string(round);
        }
    }
    return place;
}

std::size_t schoolPlaceCount()
{
    return kPlaces.size();
}

std::string asciiFold(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        char32_t code = byte;
        std::size_t length = 1;
        if (byte >= 0xF0) {
            length = 4;
            code = byte & 0x07u;
        } else if (byte >= 0xE0) {
            length = 3;
            code = byte & 0x0Fu;
        } else if (byte >= 0xC0) {
            length = 2;
            code = byte & 0x1Fu;
        }
        for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k) {
            code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
        }
        i += length;
        if (code < 0x80) {
            const char c = static_cast<char>(code);
            if (c >= 'A' && c <= 'Z') {
                out += static_cast<char>(c - 'A' + 'a');
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                out += c;
            }
            continue;
        }
        for (const Fold& fold : kFolds) {
            if (fold.code == code) {
                out += fold.ascii;
                break;
            }
        }
    }
    return out;
}

} // namespace staffpath::services::demo
