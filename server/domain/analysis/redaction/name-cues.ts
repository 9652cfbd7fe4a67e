// Phrases after which the next word is a person's name, in the six languages. Each cue says how
// much the next word must look like a name before it is taken:
//   strong   any word that is not a function word ("my name is jake", "mam na imię kuba", "আমার নাম রহিম")
//   called   a capitalised word, or a listed name in lower case ("a man called Dave", "my friend jake")
//   listed   a listed name only, any case ("it's called Fortnite" is not a person; "called Tyler" is)
//   title    a capitalised word; after mr/mrs/ms/mx also a lower-case one ("Mrs Khan", "mr smith")
//   iam      a listed name only ("I'm Tyler", "jestem Kacper"; not "I'm fine")

import { execAll } from "../exec-all";
import { INFLECTED_CUES } from "./name-cues-inflected";

/** How strongly a cue vouches for the word after it. */
export type CueStrength = "strong" | "called" | "listed" | "title" | "iam";

/** Where a cue starts and ends (the name should start just after) and how strong it is. */
export type NameCue = { start: number; end: number; strength: CueStrength };

const B = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const NAME_WORD = String.raw`(?:nick\s?|first\s|real\s|full\s|sur)?(?:name|nme|naem|nam)`;
const IS = String.raw`(?:\s*(?:is|was|iz|=|:|-)|['’]s|s(?=\s))`;
const PERSON =
  "(?:man|men|boy|boys|girl|girls|lad|lads|guy|guys|bloke|fella|woman|women|lady|kid|kids|child|someone|somebody|person|people|friend|mate|teacher|worker|he|she|they|who|whose|him|her|brother|sister|cousin|uncle|aunt)";
const POSSESSOR = "(?:my|me|ma|mi|his|her|their|your|our)";
const RELATIVE =
  "(?:mum|mam|mom|mums|mams|dad|dads|brother|sister|friend|nan|cousin|uncle|auntie|aunt|carer|sisters|brothers|friends)['’]?s?";
const RELATION = String.raw`(?:social\s?worker|sw|teacher|form\s?tutor|tutor|head\s?teacher|ta|teaching\s+assistant|mentor|key\s?worker|support\s+worker|youth\s+worker|case\s?worker|worker|foster\s+carer|foster\s+(?:mum|dad|mam)|carer|coach|manager|boss|friend|best\s?friend|bestie|bff|mate|pal|boyfriend|girlfriend|bf|gf|ex|partner|(?:step|half|big|little|older|younger|twin)\s?(?:brother|sister|bro|sis|mum|mam|dad)|brother|sister|bro|sis|cousin|uncle|aunt|auntie|aunty|nan|nana|nanny|gran|granny|grandma|grandad|granddad|grandpa|mum|mam|mom|mummy|dad|daddy|stepmum|stepdad|son|daughter|neighbour|neighbor|classmate|doctor|nurse|counsellor|counselor|officer|pcso)`;

const CUES: [RegExp, CueStrength][] = [
  // English
  [new RegExp(`${B}${POSSESSOR}\\s+${NAME_WORD}${IS}\\s*`, "giu"), "strong"],
  [new RegExp(`${B}(?:the\\s+)?(?:\\p{L}+['’]?s\\s+)?${NAME_WORD}\\s*(?:is|was|:|=)\\s*`, "giu"), "strong"],
  [
    new RegExp(`${B}(?:(?:i\\s*am|i['’]?m|im)\\s+)(?:called|calld|caled|named|known\\s+as)\\s+`, "giu"),
    "called",
  ],
  // A person, then up to three words, then "called": "a lad in year 9 called Reece".
  [
    new RegExp(
      `${B}${PERSON}(?:\\s+[\\p{L}\\p{N}'’]+){0,3}?\\s+(?:called|calld|caled|named|known\\s+as)\\s+`,
      "giu",
    ),
    "called",
  ],
  [new RegExp(`${B}(?:called|calld|caled|named|known\\s+as)\\s+`, "giu"), "listed"],
  [new RegExp(`${B}(?:call|calls|called)\\s+me\\s+`, "giu"), "called"],
  [new RegExp(`${B}(?:goes|go)\\s+by\\s+`, "giu"), "called"],
  [
    new RegExp(
      `${B}${POSSESSOR}\\s+(?:${RELATIVE}\\s+)?(?:best\\s+|old\\s+|new\\s+|ex\\s?-?)?${RELATION}\\s*[,:-]?\\s+`,
      "giu",
    ),
    "called",
  ],
  [new RegExp(`${B}(?:mr|mrs|ms|mx)\\.?\\s+`, "giu"), "title"],
  [new RegExp(`${B}(?:Miss|Dr|Sir|Prof)\\.?\\s+`, "gu"), "title"],
  [new RegExp(`${B}(?:i\\s+am|i['’]m|im|iam)\\s+`, "giu"), "iam"],
  // Polish
  [
    new RegExp(
      `${B}(?:mam\\s+na\\s+imi[ęe]|na\\s+imi[ęe]\\s+(?:mi|mu|jej|ma)|nazywa(?:m|sz|)\\s+si[ęe])\\s+`,
      "giu",
    ),
    "strong",
  ],
  [
    new RegExp(
      `${B}(?:m[oó]j|moja|mojego|mojej|moim|moj[ąa])\\s+(?:starszy\\s+|m[łl]odszy\\s+|starsza\\s+|m[łl]odsza\\s+)?(?:brat|brata|bratem|siostra|siostry|siostr[ąa]|kolega|kolegi|koleg[ąa]|kole[żz]anka|kole[żz]anki|przyjaciel|przyjaci[óo][łl]ka|ch[łl]opak|dziewczyna|tata|mama|wujek|ciocia|kuzyn|kuzynka|nauczyciel|nauczycielka|trener|s[ąa]siad|s[ąa]siadka|ojczym|macocha)\\s+`,
      "giu",
    ),
    "called",
  ],
  [new RegExp(`${B}(?:jestem)\\s+`, "giu"), "iam"],
  [new RegExp(`${B}(?:Pan|Pani|Panem|Pani[ąa])\\s+`, "gu"), "title"],
  // Lithuanian
  [
    new RegExp(`${B}(?:(?:mano|jo|jos)\\s+vardas(?:\\s+yra)?|mane\\s+vadina|vardu)\\s*[:-]?\\s+`, "giu"),
    "strong",
  ],
  [
    new RegExp(
      `${B}mano\\s+(?:brolis|sesuo|draugas|draug[ėe]|pusbrolis|pusseser[ėe]|mokytojas|mokytoja|t[ėe]tis|mama|d[ėe]d[ėe]|teta|pat[ėe]vis|treneris|kaimynas|vaikinas|mergina)\\s+`,
      "giu",
    ),
    "called",
  ],
  [new RegExp(`${B}a[šs]\\s+esu\\s+`, "giu"), "iam"],
  // Latvian
  [
    new RegExp(
      `${B}(?:(?:mani|vi[ņn]u|vi[ņn]a|vi[ņn]as)\\s+sauc|(?:mans|vi[ņn]a|vi[ņn]as)\\s+v[āa]rds(?:\\s+ir)?|v[āa]rd[āa])\\s*[:-]?\\s+`,
      "giu",
    ),
    "strong",
  ],
  [
    new RegExp(
      `${B}(?:mans|mana|manam|manai)\\s+(?:br[āa]lis|m[āa]sa|draugs|draudzene|skolot[āa]js|skolot[āa]ja|t[ēe]tis|mamma|onkulis|tante|pat[ēe]vs|treneris|kaimi[ņn][šs]|puisis)\\s+`,
      "giu",
    ),
    "called",
  ],
  [new RegExp(`${B}es\\s+esmu\\s+`, "giu"), "iam"],
  // Romanian
  [
    new RegExp(
      `${B}(?:m[ăa]\\s+numesc|se\\s+nume[șşs]te|numele\\s+(?:meu|lui|ei|s[ăa]u)\\s+(?:este|e)|pe\\s+nume)\\s*[:-]?\\s+`,
      "giu",
    ),
    "strong",
  ],
  [
    new RegExp(
      `${B}(?:fratele|sora|prietenul|prietena|tat[ăa]l|mama|unchiul|m[ăa]tu[șşs]a|v[ăa]rul|veri[șşs]oara|profesorul|profesoara|antrenorul|vecinul|vecina|iubitul|iubita|colegul|colega)\\s+(?:meu|mea|lui|ei)\\s+`,
      "giu",
    ),
    "called",
  ],
  [new RegExp(`${B}eu\\s+sunt\\s+`, "giu"), "iam"],
  [new RegExp(`${B}(?:Domnul|Doamna|Domni[șşs]oara)\\s+`, "gu"), "title"],
  // Bengali: "my/his/her name (is)"
  [/(?:আমার|ওর|তার|ওনার|তাঁর|ওদের)\s+নাম(?:\s+(?:হল|হলো|হচ্ছে|ছিল))?\s*[:-]?\s*/gu, "strong"],
];

/** Every name cue in the text, by where it ends. */
export function findNameCues(text: string): NameCue[] {
  const cues: NameCue[] = [];
  for (const [pattern, strength] of [...CUES, ...INFLECTED_CUES]) {
    for (const m of execAll(pattern, text))
      cues.push({ start: m.index, end: m.index + m[0].length, strength });
  }
  return cues.sort((a, b) => a.end - b.end);
}
