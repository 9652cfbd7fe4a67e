import type { DisclosureCategory } from "../analysis-types";
import type { Lexicon } from "./lexicon-types";

// Lithuanian negates verbs with a fused ne- prefix ("nemuša"), which the word-start anchor already
// refuses to match as "muša"; free word order is handled with "<>".
const ME = "(?:mane|mus|man)";
const PARENT = "mama|mamos|mamai|tėtis|tėtė|tėvas|tėvai|tėvų|močiut*|senel*|mokytoj*|mokykl*";

/** Lithuanian disclosure lexicon. */
export const LEXICON_LT: Lexicon<DisclosureCategory> = {
  locale: "lt",
  rules: [
    {
      category: "immediate-danger",
      patterns: [
        "padėkit(?:e)?|gelbėkit(?:e)?|padėk man",
        "bijau (?:eiti|grįžti|būti) (?:namo|namie|namuose|į namus)|nenoriu (?:grįžti|eiti) (?:namo|į namus)",
        "(?:namuose|namie) (?:nesaugu|nesijaučiu saug*|jaučiuosi nesaug*)|nesijaučiu saug* (?:namuose|namie)",
        "(?:nužudys|užmuš|nušaus|papjaus) mane|mane (?:nužudys|užmuš)",
        "(?:seka|sekioja|persekioja|laukia) mane|grasin* (?:man|mane|kad)",
      ],
    },
    {
      category: "self-harm",
      patterns: [
        "nusižud*|savižud*|noriu kad viskas baigtųsi|nebegaliu (?:taip )?gyventi",
        "(?:noriu|norėčiau|noriu tiesiog) (?:mirti|numirti|išnykti|nebegyventi)",
        "nenoriu (?:gyventi|daugiau gyventi|būti gyv*)|nebenoriu gyventi",
        "pjaustau*|pjaustos*|pjaustyt*|raižau*|raižos*",
        "(?:save|savęs) (?:žaloj*|žaloti)|žalojuosi|susižaloj*|savižal*|perdoz*",
      ],
    },
    {
      category: "physical-abuse",
      patterns: [
        `(?:muša|mušė|mušdavo|sumušė|primušė|spardo|spyrė|spardė|trenkė|trenkia|skriaudžia|skriaudė|skaudina|skaudino|daužo|daužė|smaugia|smaugė|pasmaugė|stumdo|stumdė|stūmė|tampo) <> ${ME}`,
        "mėlyn(?:ės|ių|ė)|bijau (?:tėčio|tėvo|mamos|patėvio|pamotės|brolio|jo|jos|jų)|smurt* (?:namuose|šeimoje)",
      ],
    },
    {
      category: "sexual-abuse",
      patterns: [
        `(?:liečia|lietė|palietė|liesdavo|čiupinėja|čiupinėjo|glamonėja|glamonėjo|tvirkina|tvirkino) <> (?:${ME}|mano)`,
        "išprievartav*|prievartav*|išžagin*|seksualin* (?:prievart*|priekab*|išnaudoj*|smurt*)",
        "(?:verčia|vertė|privertė|liepė) (?:mane |man )?(?:nusirengti|liesti|daryti tai|žiūrėti porn*)",
        "rodė (?:man )?(?:savo )?(?:lytin*|porn*|nuog*)|ateina į mano (?:kambarį|lovą) naktį",
      ],
    },
    {
      category: "sexual-exploitation",
      patterns: [
        "(?:vyresn*|suaug*|svetim*|nepažįstam*) (?:vyr*|vaikin*|žmon*) ~ (?:duoda|dovanoja|perka|nupirko|siūlo|vežioja|kviečia|rašo|rašinėja|nori)",
        "(?:už|mainais į) (?:pinigus|alkohol*|dovan*|cigaret*) (?:seks*|nuotrauk*)|seks* už (?:pinigus|alkohol*|dovan*)",
        "niekam nesakyk|nesakyk niekam|mūsų paslaptis|tai (?:mūsų )?paslaptis",
      ],
    },
    {
      category: "sexual-exploitation",
      within: "internet*|online|instagram*|tiktok*|snapchat*|facebook*|žaidim*",
      patterns: ["nori (?:su manimi )?susitikti|prašo (?:mano )?nuotrauk*"],
    },
    {
      category: "criminal-exploitation",
      patterns: [
        "(?:esu|esame|buvau) (?:jam |jiems |jai )?skoling*|skoling* (?:jiems|jam|jai)",
        "skol* (?:jiems|jam|gaujai|prekeiviui)|(?:sako|sakė) (?:kad )?(?:esu|aš) skoling*",
        "(?:verčia|vertė|privertė|liepė|liepia|priverčia|spaudžia) ~ (?:parduoti|pardavinėti|nešioti|nešti|vežti|vežioti|laikyti|slėpti|vogti|platinti|pristatyti)",
        "(?:pardavinėju|parduodu|platinu|nešioju|vežioju|laikau|slepiu) (?:jiems )?(?:narkotik*|žolę|žolės|kvaišal*|paket*|siunt*)",
      ],
    },
    {
      category: "violence-weapons",
      patterns: [
        "subadė|subado|dūrė|įdūrė|sudūrė|papjovė|peiliu",
        "(?:nešioja|nešiojasi|turi|turėjo|išsitraukė|ištraukė|grasino) (?:su )?(?:peil*|ginkl*|pistolet*|mačet*)",
        "(?:sumušė|apiplėšė|užpuolė|puolė|apvogė) (?:mane|mus|mano)|šovė|nušovė|pašovė|šaudė",
      ],
    },
    {
      category: "sextortion-image-abuse",
      patterns: [
        "(?:nuog*|intym*|apsinuoginus*) (?:nuotrauk*|foto*|vaizdo*|video*|filmuk*)",
        "(?:paskelb*|išplatin*|nusiųs*|parodys|parodyti|įkels|įkelti|išsiuntinės) ~ (?:nuotrauk*|foto*|video*|vaizdo*|filmuk*)",
        "šantaž*|sumokėk (?:arba|kitaip)",
      ],
    },
    {
      category: "relationship-abuse",
      within: "vaikin*|mergin*|partner*|draugas|draugė|buvęs|buvusi",
      patterns: [
        "(?:muša|mušė|trenkė|stumdo|skriaudžia|kontroliuoja|grasina|gąsdina|žemina|vadina) (?:mane|man)",
        "tikrina (?:mano )?telefon*|skaito (?:mano )?žinut*|pavyd*|lokacij*|buvimo viet*|slaptažod*|neleidžia man",
      ],
    },
    {
      category: "relationship-abuse",
      unless: PARENT,
      patterns: [
        "tikrina (?:mano )?telefon*|kontroliuoja mane|(?:pavydus|kontroliuojantis) (?:vaikinas|draugas|partneris)",
        "neleidžia (?:man )?(?:susitikti|matytis|eiti|kalbėti|bendrauti)",
        "verčia (?:siųsti|dalintis) (?:savo )?(?:vietą|buvimo vietą|lokacij*)",
      ],
    },
    {
      category: "radicalisation",
      unless: "komand*|klub*|būrel*|gauj*",
      patterns: ["(?:nori|kviečia|verbuoja|įtikin*|spaudžia|prašo) ~ (?:prisijung*|įstot*)"],
    },
    {
      category: "radicalisation",
      patterns: [
        "(?:ekstrem*|neonac*|nacist*|džihad*|teror*|radikal*) <> (?:mane|man|mano|grup*|kanal*|pokalb*|vaizdo*|prisijung*)",
        "(?:liepė|liepia|moko) (?:man |mane )?nekęsti",
      ],
    },
    {
      category: "modern-slavery-trafficking",
      patterns: [
        "dirb* (?:be atlyginimo|už dyką|nemokamai|veltui|už nieką)",
        "(?:nemoka|nesumoka) (?:man|mums) (?:pinigų|atlyginimo)|negaunu (?:pinigų|atlyginimo)",
        "(?:paėmė|atėmė|laiko|pasiėmė|paslėpė) (?:mano |mūsų )?(?:pasą|pasus|dokumentus|asmens dokument*)",
        "prekyb* žmon*|prekeiv* žmon*|vergov*|vergij*|verg(?:as|ai|u|ė)|priverstin* darb*",
        "vežioja (?:mus|mane) (?:iš vienos vietos|po)|pardavė (?:mane|mus)|negaliu išeiti|neleidžia (?:man|mums) išeiti",
      ],
    },
    {
      category: "missing",
      patterns: [
        "pabėg* (?:iš namų|nuo tėvų|iš globos)|pabėgau|pabėgo",
        "dingo|dingau|dingus*",
        "(?:negrįžau|negrįžo|negrįžta|nebuvau) (?:namo|namie|namuose) (?:kelias |kelis |dvi |tris |[0-9]+ )?(?:dien*|savait*|nakt*)",
        "nakvoj* pas (?:nepažįstam*|svetim*|vyresn*)|miegu gatvėje|miegojau gatvėje|neturiu kur (?:miegoti|eiti|gyventi)|išmetė mane iš namų",
      ],
    },
  ],
};
