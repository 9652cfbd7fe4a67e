import type { DisclosureCategory } from "../analysis-types";
import type { Lexicon } from "./lexicon-types";

// Polish, second part: debts and courier runs for others (in the third person too: "jest im winny"),
// what parents see (days away, extra phones), men giving a child things, threats at the door, and a
// group urging a fight against others. Stems and free order as in lexicon-pl.ts.
const GOODS = "towar*|paczk*|paczek|pakunk*|przesyłk*|torb*|narkotyk*|dragi|zioło|zioła|trawk*|coś";
const CARRY =
  "trzyma*|przechowa*|przechowywa*|chowa*|schowa*|ukry*|nosi*|noszę|sprzeda*|rozwozi*|przewozi*|przewieźć|przewiezie|dostarcza*|dostarczy*|przenieść|przenosi*|zanie*|zawie*|jeździ*|jeżdżę|wozi*";
const OUTGROUP =
  "imigrant*|obcokrajow*|cudzoziem*|muzułman*|żyd*|uchodźc*|obcych|innych (?:religii|ras|narodów)|polaków|anglików|czarnych|gejów";

/** Polish disclosure lexicon, second part. */
export const LEXICON_PL_MORE: Lexicon<DisclosureCategory> = {
  locale: "pl",
  rules: [
    {
      category: "criminal-exploitation",
      patterns: [
        "(?:jest|są|jesteś|był|była|byli|będzie) (?:im |mu |jej |komuś |dilerowi )?(?:winien|winna|winny|winni|dłużny|dłużna|dłużni)",
        "(?:winien|winna|winny|winni|dłużny|dłużna|dłużni) (?:im|mu|jej|dilerowi) (?:kasę|kasy|pieniądze|pieniędzy|hajs|forsę|dług)",
        `(?:muszę|musimy|musi|muszą|każą mi|kazali mi|kazał mi|każe mi|każą mu|kazali mu|zmusza* mnie do) ~ (?:${CARRY}) ~ (?:${GOODS})`,
        `(?:${CARRY}) (?:z )?(?:${GOODS}) ~ dla (?:jakichś |tych |starszych |nich|niego|gościa|kolesi|gangu|dilera)`,
        `(?:poprosi*|prosi|prosił*|kaza*|każe|każą) (?:mnie |mi |go |ją )?(?:o )?(?:coś|paczk*|torb*|towar*) ~ (?:${CARRY}|potrzyma*|przechowa*)`,
      ],
    },
    {
      category: "criminal-exploitation",
      within: "winien|winny|winna|dług*|paczk*|towar*|gang*|diler*|narkotyk*|dla nich|dla niego",
      patterns: [
        "nie (?:może|mogę|możemy|mogą) (?:przestać|odejść|się wycofać|wyjść z tego|odmówić)",
        "dla (?:jakichś |tych )?(?:starszych|dorosłych) (?:chłopaków|kolesi|gości|facetów|kolegów)",
      ],
    },
    {
      category: "criminal-exploitation",
      within: "syn*|córk*|wnuk*|wnuczk*|bratan*|siostrzen*|dziecko|dzieck*",
      patterns: [
        "(?:dwa|dwoma|dwóch|kilka|kilkoma|drugi|drugim|nowy|nowym|nowe) (?:telefon*|komór*)|nowe (?:buty|ciuchy|ubrania)|(?:dużo|sporo|plik|zwitek) (?:pieniędzy|kasy|gotówki)",
        "(?:idzie|chodzi|wychodzi|jeździ) (?:w nocy |nocami )?(?:do pracy|do roboty)(?: w nocy| nocami)?|nie chce powiedzieć (?:dla kogo|gdzie|skąd)",
      ],
    },
    {
      category: "missing",
      patterns: [
        "nie (?:wróci*|wraca*|było go|było jej|ma go|ma jej|nocował*) (?:do domu|w domu|na noc)",
        "(?:zniknął|zniknęła|znika|znikają|znikał*|zaginęł*) (?:na|z domu|bez|od|już)",
        "od (?:tygodnia|kilku dni|paru dni|dwóch dni|trzech dni|wczoraj|[0-9]+ dni) (?:go |jej )?nie (?:ma|było|wrócił*)",
      ],
    },
    {
      category: "sexual-exploitation",
      unless: "tat[aoy]|tacie|mam[aąeyię]|mamusi*|dziad*|babci*|rodzic*|urodzin*|kieszonkow*",
      patterns: [
        "(?:pan|facet|mężczyzna|gość|koleś|typ|ktoś|obcy|starszy) ~ (?:daje|dają|dał|kupuje|kupił|zabiera|zabrał|wozi|podwozi|proponuje|obiecuje|obiecał) ~ (?:papieros*|alkohol*|wódk*|piw*|pieniądz*|kas*|prezent*|przejażdżk*|e ?papieros*|vape*|narkotyk*|telefon*|ciuchy|ubrania|doładowani*)",
        "zabiera (?:ją|mnie|nas|go|je) (?:na przejażdżk*|do (?:samochodu|auta|siebie|mieszkania))",
        "(?:obiecał|obiecuje|proponuje|zaproponował|da mi|dał mi|zapłaci|płaci) ~ (?:pieniądze|kasę|doładowanie|robux*|prezent*) ~ (?:zdjęci*|zdjęć|fotk*)",
      ],
    },
    {
      category: "sextortion-image-abuse",
      patterns: [
        "(?:zdjęci*|zdjęć|fotk*|fotek|foty|nagrani*|filmik*) (?:bez (?:ubrania|ubrań|ciuchów|bielizny)|w bieliźnie|nago)",
        "(?:jeśli|jeżeli|jak) nie (?:wyślę|wyślesz|zapłacę|dam) ~ (?:wrzuci|wyśle|pokaże|opublikuje|roześle)",
      ],
    },
    {
      category: "immediate-danger",
      patterns: [
        "(?:proszę|prosze|błagam|niech ktoś) (?:mi )?(?:pomóż*|pomoż*|pomocy)|pomóżcie",
        "(?:stoją|stoi|czekają|czeka|są) (?:teraz )?(?:pod|przed|koło|przy) (?:moim|naszym|moją|naszą) (?:domem|blokiem|mieszkaniem|szkołą|klatką)",
        "(?:walą|wali|dobija* się|łomocz*|kopią) (?:w|do) drzwi",
        "coś się stanie (?:mojej|mojemu|mi|mnie|nam|rodzinie|mamie|tacie|siostrze|bratu)|(?:skrzywdzą|zrobią krzywdę) (?:mojej|mojemu|mamie|rodzinie)",
      ],
    },
    {
      category: "violence-weapons",
      patterns: [
        "z (?:nożami|kijami|pałkami|maczetami|bronią|nożem)",
        "(?:zabiję|zabiją|zabije|zabijemy) (?:cię|mnie|nas|go|ją)|(?:mnie|nas) (?:zabiją|zabije|zabiją)",
      ],
    },
    {
      category: "radicalisation",
      patterns: [
        `(?:walczyć|walka|walczymy|walczył*|atakować|zaatakować|bić|pozbyć się) (?:z |przeciw |przeciwko )?(?:${OUTGROUP})`,
        "(?:zrobić|robić|budować|zbudować|zrobienia) (?:bomb*|materiał* wybuchow*)|jak (?:zrobić|zbudować) (?:bombę|bomby)",
        "(?:grupa|kanał|ktoś|oni|brat|kuzyn) ~ (?:zaprasza*|zaprosili|zaprosił|wzywa*|zabiera*|zabrał|prowadza) (?:mnie )?(?:na|do) (?:spotkani*|zebrani*|zlot*|marsz*|manifestacj*)",
        "oczyści* (?:kraj|naród|miasto|polskę|anglię)",
      ],
    },
  ],
};
