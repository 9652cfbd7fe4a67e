import type { DisclosureCategory } from "../analysis-types";
import type { Lexicon } from "./lexicon-types";

// Polish is inflected and word order is free: verbs are stems ("bij*": bije, bił, bijesz), and
// "mnie <> bij*" takes either order. Diacritics are folded away, so "bił" and "bil" both match.
const ME = "(?:mnie|mną|nas|mi)";
const PARENT =
  "mam[aeyię]|tat[aoy]|tacie|ojc*|ojczym|rodzic*|matka|babci*|dziadek|nauczyciel*|szkoła|szlaban";

/** Polish disclosure lexicon. */
export const LEXICON_PL: Lexicon<DisclosureCategory> = {
  locale: "pl",
  rules: [
    {
      category: "immediate-danger",
      patterns: [
        "pomocy(?= ?!)|ratunku|pomóż(?:cie)? mi|niech ktoś mi pomoże",
        "(?:zabije|zabiją|zabić|zabijać|zabiją) mnie|mnie (?:zabije|zabiją|zabić)|boj* się (?:wrócić|wracać|iść|pójść|być) (?:do domu|w domu)",
        "nie (?:chcę|chce|mogę|moge) (?:wracać|wrócić|iść|pójść) do domu",
        "nie czuj* się bezpieczn* w domu|w domu (?:nie jest|jest) niebezpiecznie|jestem w niebezpieczeństwie",
        "(?:śledzi|śledzą|chodzi za|chodzą za|czeka na|czekają na) (?:mną|mnie)|(?:zamyka*|zamknął|zamknęli|zamknęła) mnie",
        "grozi* <> (?:mi|mnie)",
        "grozi* że mnie|groził* (?:mi|że)",
      ],
    },
    {
      category: "self-harm",
      patterns: [
        "(?:zabić|zabije|zabiję|zabiłam|zabiłem|zabił|zabiła|zabijać) się|się (?:zabić|zabiję)",
        "(?:chcę|chce|chciał*|wolał*|wolę|wole) (?:umrzeć|umierać|nie żyć|zniknąć)",
        "nie (?:chcę|chce) (?:już )?(?:tu )?(?:żyć|być|istnieć)|nie chce mi się żyć|nie ma sensu żyć|mam dość życia",
        "samobój*|samookalecz*|okalecz*|przedawkow*|(?:tnę|tnie|tniesz|cięłam|cięłem|ciąć|pocięłam) się",
        "(?:krzywdzę|krzywdzić) (?:siebie|się)|(?:robię|zrobić|zrobię|zrobiłam) sobie krzywdę",
        "chcę żeby (?:to )?wszystko się skończyło|mam dość wszystkiego|nie daję (?:już )?rady|(?:powiesić|powieszę) się|skoczyć z (?:mostu|dachu|okna)|skończyć ze sobą|skończę ze sobą",
      ],
    },
    {
      category: "physical-abuse",
      patterns: [
        `(?:bij*|bił*|uderz*|kop*|dusi*|szarp*|popycha*|popchn*|krzywdz*|skrzywdzi*|rani*|spoliczkow*|leje|lał|lała|tłucze|tłukł*|zbił*|znęca*) <> ${ME}`,
        "(?:jestem|byłem|byłam|zostałem|zostałam) (?:bity|bita|pobity|pobita|krzywdzony|krzywdzona|maltretowan*)",
        "siniak*|boj* się (?:ojca|taty|mamy|ojczyma|macochy|matki|brata|rodziców|jego|jej|ich)|przemoc* (?:w domu|domow*)|zrobi* mi krzywd*",
      ],
    },
    {
      category: "sexual-abuse",
      patterns: [
        `(?:dotyk*|dotkn*|maca*|macał*|obmacyw*|molestow*|molestuj*) <> (?:${ME}|moich|moje)`,
        "zgwałci*|gwałci*|gwałcą|gwałt(?:u|em|y|ów)?|wykorzyst* seksualn*|napastow* seksualn*|molestowan*",
        "(?:zmusza*|zmusił*|każe|kazał*) (?:mnie|mi) (?:do )?(?:seksu|dotykania|rozbierania|się rozebrać|rozebrać się|oglądania porno|oglądać porno)|pokazyw* mi (?:swoje )?(?:krocze|penisa|genitalia|porno)|(?:wchodzi|wchodził|przychodzi) do (?:mojego pokoju|mojego łóżka|łazienki) (?:w nocy|kiedy|gdy)",
      ],
    },
    {
      category: "sexual-exploitation",
      patterns: [
        "(?:starszy|starsi|dorosły|dorośli|starszego|obcy|obcych) (?:mężczyzn*|facet*|chłopak*|koleg*|pan*|gość*) ~ (?:daj*|kupuj*|kupił*|kupi|wozi*|zabiera*|pisz*|pisał*|proponuj*|zaprasza*|chce|chcą|daje|dają)",
        "(?:seks|seksu) za|za seks|w zamian za (?:seks|zdjęcia|nagie)|nikomu nie mów*|nie mów* nikomu|to (?:nasz*|nasza) tajemnic*|nasz* (?:mała )?tajemnic*|uwodzi (?:mnie|ją)",
      ],
    },
    {
      category: "sexual-exploitation",
      within: "interne[tc]*|online|sieci|snap*|insta*|tiktok*|messenger*|discord|roblox|gr(?:a|y|ze)",
      patterns: [
        "chce się (?:ze mną |z nami )?spotkać|chce mnie poznać|prosi (?:mnie )?o (?:zdjęcia|zdjęcie|fotki|fotkę)",
      ],
    },
    {
      category: "criminal-exploitation",
      patterns: [
        "(?:jestem|jesteśmy) (?:im |mu |jej |komuś )?(?:winien|winna|winny|winni|dłużny|dłużna|dłużni)",
        "(?:mówią|mówi|powiedzieli|powiedział) że (?:jestem|mam) (?:im |mu )?(?:winien|winna|dług)",
        "(?:mam|mamy) (?:u nich |u niego )?dług|dług (?:u|wobec) (?:nich|niego|dilera|gangu)|(?:spłacić|spłacam|odpracować|odpracowuję|odrobić) (?:dług|to)",
        "(?:każą|kazali|kazał|każe|zmusza*|zmusił*|zmuszaj*) (?:mi|mnie) ~ (?:sprzeda*|przewo*|przewie*|zawie*|zanie*|przenos*|nosić|trzymać|przechow*|ukry*|chowa*|dostarcz*|handl*|dilow*|kraść|ukraść)",
        "(?:sprzedaj*|sprzedaw*|sprzedał*|handluj*|handlow*|diluj*|dilow*|rozprowadza*|przewoż*|przenosz*|przechowuj*|trzymam|noszę|chowam) (?:dla (?:nich|niego) )?(?:narkotyk*|dragi|drag*|trawk*|marihuan*|zielsk*|towar*|paczk*|kokain*|koks*|amfetamin*|zioło|zioła)",
        "(?:wysyła*|wysłali|wysłał|jeżdżę|jeździ*) (?:mnie )?(?:do innego miasta|do innych miast|poza miasto)",
        "gang* <> (?:zmusza*|każe|każą|kazali|chce|chcą|werbuj*|wciąg*) (?:mnie|mi|żebym)",
      ],
    },
    {
      category: "violence-weapons",
      patterns: [
        "dźgn*|zadźga*|pchnięt*|(?:pchnął|pchnęli|ugodził*) nożem|pociął|pocięli",
        "(?:noszę|nosi|noszą|ma|mają|miał*|mam|wyciągn*|wyjął|wyjęli|grozi*|groził*|przyłoży*|przystawi*) (?:przy sobie )?(?:nóż|noże|noża|nożem|broń|pistolet*|maczet*|kastet*)",
        "(?:pobili|pobił|pobiła|napadli|napadł|napadła|zaatakowa*|skopali|skopał|zbili|obrabowali|okradli) (?:mnie|nas|mojego|moją|kolegę|koleżankę|brata|siostrę)",
        "z nożem|z bronią|z maczetą|strzelali|strzelał|postrzeli*|zastrzel*|(?:grożą|grozi|grozili|groził) (?:mi )?(?:nożem|pobiciem|śmiercią|bronią)",
      ],
    },
    {
      category: "sextortion-image-abuse",
      patterns: [
        "(?:nagie|nagich|nago|intymne|intymnych|rozbierane|prywatne) (?:zdjęci*|zdjęć|fotk*|fotek|foty|nagrani*|nagrań|filmik*|wideo)",
        "szantaż*|zapłać (?:albo|bo inaczej|inaczej)|(?:albo|bo inaczej) (?:wrzuci|opublikuje|roześle|pokaże|udostępni)",
        "(?:wrzuci*|opublikuj*|roześl*|rozesł*|wysła*|wyśle|przesła*|prześle|pokaza*|pokaż*|udostępni*|rozpowszechni*) ~ (?:moje |moich )?(?:zdjęci*|fotk*|nagrani*|filmik*|nudes*)",
        "(?:prosi|prosił|każe|kazał|zmusza|chce) ~ (?:nagie|nagich|nago|nudes*)",
      ],
    },
    {
      category: "relationship-abuse",
      within: "chłopak*|dziewczyn*|partner*|były chłopak|była dziewczyna|związ*",
      patterns: [
        "(?:bij*|bił*|uderz*|popycha*|szarp*|dusi*|krzywdz*|kontroluj*|kontrolow*|grozi*|straszy*|wyzywa*|poniża*|zastrasz*) (?:mnie|mi)",
        "sprawdza* (?:mi )?(?:mój )?telefon*|czyta* moje (?:wiadomości|sms*)|zazdros*|lokalizacj*|hasł*|nie pozwala mi|zabrania mi",
      ],
    },
    {
      category: "relationship-abuse",
      unless: PARENT,
      patterns: [
        "sprawdza* (?:mi )?(?:mój )?telefon",
        "nie pozwala* mi (?:widywać|spotykać|wychodzić|rozmawiać|pisać|widzieć)|zabrania* mi (?:spotyk*|widyw*|wychodz*|rozmaw*)",
        "każe mi (?:wysyłać|udostępniać|włączać) (?:swoją )?lokalizacj*|kontroluje mnie|(?:kontrolujący|zazdrosny) chłopak",
      ],
    },
    {
      category: "radicalisation",
      unless: "drużyn*|klub*|zespół|zespołu|chór*|harcerz*|gang*",
      patterns: [
        "(?:chcą|chce|namawia*|namówi*|werbuj*|zwerbow*|zaprasza*|każą|kazali) ~ (?:dołączy*|wstąpi*|przyłączy*)",
      ],
    },
    {
      category: "radicalisation",
      patterns: [
        "(?:ekstremi*|neonazi*|nazist*|faszyst*|dżihad*|terroryst*|skrajn* prawic*) <> (?:mnie|mi|mój|moja|brat|kolega|grupa|grupy|grupie|czat|kanał|filmik*|dołącz*)",
        "radykalizuj* (?:mnie|go|ją)|zradykalizował*|radykalizowan*|(?:każą|kazali|mówią|mówi|uczą|uczyli|przekonuj*) (?:mi|mnie|nam) ~ (?:nienawidzi*|zabija*|atakowa*)",
      ],
    },
    {
      category: "modern-slavery-trafficking",
      patterns: [
        "(?:pracuj*|pracowa*|robi*|haruj*) (?:za darmo|bez (?:zapłaty|wynagrodzenia|pieniędzy|pensji|wypłaty))",
        "nie (?:płacą|płaci|zapłacili|zapłacił|dostaję|dostałem|dostałam) (?:mi |nam )?(?:pieniędzy|zapłaty|wypłaty|pensji|wynagrodzenia)",
        "(?:zabrali|zabrał|zabrała|trzymają|trzyma|schowali|zatrzymali|ukradli) (?:mi |nam )?(?:mój |moje |nasze |nasz )?(?:paszport*|dokument*|dowód)",
        "(?:przewożą|przewozili|wożą|przenoszą) (?:mnie|nas) (?:z miejsca na miejsce|między|do różnych)|(?:sprzedali|sprzedał) (?:mnie|nas)",
        "handel ludźmi|handlarz* ludźmi|handlu ludźmi|niewolni*|niewol*|praca przymusowa|pracy przymusowej",
        "zmusza* (?:mnie|nas) do pracy|muszę pracować (?:za darmo|dla nich)|nie (?:mogę|możemy|wolno mi|wolno nam) (?:wychodzić|wyjść|opuszczać)",
      ],
    },
    {
      category: "missing",
      patterns: [
        "(?:uciekł*|uciekam|ucieknę|ucieka|uciekli|uciekać) (?:z domu|z ośrodka|z placówki|od rodziny|z rodziny zastępczej)|zaginął|zaginęła|zaginęli|zaginion*",
        "nie (?:wróciłem|wróciłam|wrócił|wróciła|wracałem|wracałam|byłem|byłam|było mnie) (?:do domu|w domu) (?:przez|od) (?:kilka |parę |dwa |trzy |[0-9]+ )?(?:dni|dnia|tygodni*|tydzień|nocy|noc)",
        "(?:spał*|śpię|nocowa*|nocuj*|mieszka*) u (?:obcego|obcych|obcej|nieznajom*|jakiegoś faceta|starszego|dilera)",
        "(?:śpię|spałem|spałam|nocuję) na (?:ulicy|dworcu|klatce)|nie mam gdzie (?:spać|mieszkać|iść)|wyrzuci* mnie z domu",
      ],
    },
  ],
};
