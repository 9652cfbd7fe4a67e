// More name cues: relatives and friends under the case endings of Polish, Lithuanian and Latvian
// ("mojej koleżance Oli", "su broliu Mariumi", "ar savu brāli Kārli"), Bangla relatives ("আমার বন্ধু রাহিম"),
// police ranks ("PC Harwood"), and Bangla honorifics AFTER a name ("সাবরিনা আপা").

import { execAll } from "../exec-all";
import { isFunctionWord } from "./function-words";

type Strength = "strong" | "called" | "title";

const B = String.raw`(?<![\p{L}\p{M}\p{N}])`;

// Polish possessives in every case, then a relative or friend in every case.
const PL_OWNER = String.raw`(?:(?:z|ze|u|do|dla|od|przy|o)\s+)?(?:m[oó]j|moja|mojego|mojej|mojemu|moim|moj[ąa]|swoj(?:ego|ej|emu|im|ą|a)|sw[oó]j|naszej|naszego|naszemu|naszym|nasz[ąa])`;
const PL_RELATIVE =
  "(?:brat(?:a|u|em|owi|ie)?|siostr(?:a|y|ze|ę|ą|o)|kole(?:ga|gi|dze|gę|gą|gom)|kole[żz]ank(?:a|i|ę|ą)|kole[żz]ance|przyjaci(?:el|ela|elowi|elem|elu)|przyjaci[óo][łl]k(?:a|i|ę|ą)|przyjaci[óo][łl]ce|ch[łl]opak(?:a|owi|iem|u)?|dziewczyn(?:a|y|ie|ę|ą)|kuzyn(?:a|owi|em|ie)?|kuzynk(?:a|i|ę|ą)|kuzynce|s[ąa]siad(?:a|owi|em)?|s[ąa]siadk(?:a|i|ę|ą)|s[ąa]siadce|nauczyciel(?:a|owi|em)?|nauczycielk(?:a|i|ę|ą)|nauczycielce|trener(?:a|owi|em)?|wuj(?:ek|ka|kowi|kiem)|cio(?:cia|ci|cię|cią))";
// Lithuanian: "su broliu", "mano sesei", "draugo", with or without "mano/savo".
const LT_RELATIVE = String.raw`(?:(?:su|pas|be|apie)\s+)?(?:(?:mano|savo)\s+)?(?:brol(?:is|io|iui|į|iu)|ses(?:uo|ers|eriai|erį|eria|e|ei|ę)|draug(?:as|o|ui|ą|u|ė|ės|ei|ę|e)|pusbrol(?:is|io|iui|į|iu)|pusseser(?:ė|ės|ei|ę|e)|mokytoj(?:as|o|ui|ą|u|a|os|ai)|trener(?:is|io|iui|į|iu)|kaimyn(?:as|o|ui|ą|u)|vaikin(?:as|o|ui|ą|u)|mergin(?:a|os|ai|ą))`;
// Latvian: "ar savu brāli", "manam draugam", "manas māsas".
const LV_RELATIVE = String.raw`(?:(?:ar|pie|no|par)\s+)?(?:(?:savu|manu|savam|manam|savai|manai|sava|mana|savas|manas|savā|manā)\s+)?(?:br[āa]l(?:is|i|im|a)|br[āa]ļa|m[āa]s(?:a|u|ai|as)|draug(?:s|u|am|a)|draudzen(?:e|i|ei|es)|t[ēe]t(?:is|i|im|a)|mamm(?:a|u|ai|as)|onkul(?:is|i|im|a)|tant(?:e|i|ei|es)|kaimi[ņn](?:š|u|am|a)|puis(?:is|i|im|a)|skolot[āa]j(?:s|u|am|a|ai|as))`;
// Bangla: "my/his/her/our" then a relative, friend or teacher.
const BN_RELATIVE = String.raw`(?:আমার|ওর|তার|আমাদের|ওদের|তাদের|ওনার)\s+(?:(?:ছোট|বড়|বড়|এক)\s+)?(?:বন্ধু|বান্ধবী|ভাই|বোন|ভাইয়া|ভাইয়া|আপু|আপা|দাদা|দিদি|চাচা|মামা|খালা|ফুফু|কাকা|কাকু|মাসি|পিসি|কাজিন|শিক্ষক|শিক্ষিকা|টিচার|প্রতিবেশী|বয়ফ্রেন্ড|গার্লফ্রেন্ড|সৎ\s*বাবা|সৎ\s*মা)`;

/** Extra cue patterns, each with how strongly it vouches for the word after it. */
export const INFLECTED_CUES: [RegExp, Strength][] = [
  [new RegExp(`${B}${PL_OWNER}\\s+${PL_RELATIVE}\\s*,?\\s+`, "giu"), "called"],
  [new RegExp(`${B}${LT_RELATIVE}\\s*,?\\s+`, "giu"), "called"],
  [new RegExp(`${B}${LV_RELATIVE}\\s*,?\\s+`, "giu"), "called"],
  [new RegExp(`${BN_RELATIVE}\\s*,?\\s*`, "gu"), "strong"],
  [
    new RegExp(`${B}(?:PC|PCSO|DC|DS|DI|Sgt|Sergeant|Inspector|Constable|Officer|Detective)\\.?\\s+`, "gu"),
    "title",
  ],
];

// Bangla verbs and case-marked nouns end like this; a name after "আমার বন্ধু" rarely does ("বলেছে", "থাকে").
const BANGLA_VERB = /(?:েছে|েছিল|ছিল|ছে|বে|লো|লেন|তে|চ্ছে|ায়|াই|ে)$/u;

/** True for a Bangla word that reads as a verb or an ordinary word after a relative cue, not a name. */
export function isBanglaNonName(word: string): boolean {
  if (!/[\u0980-\u09FF]/u.test(word)) return false;
  return isFunctionWord(word) || BANGLA_VERB.test(word) || NOT_BEFORE_HONORIFIC.has(word);
}

// "সাবরিনা আপা", "রহিম ভাই", "মিতা দিদি": a Bangla honorific after a name.
const HONORIFIC_AFTER =
  /(?<![\u0980-\u09FF])([\u0980-\u09FF]{2,})\s+(?:আপা|আপু|ভাই|ভাইয়া|ভাইয়া|দিদি|দাদা|স্যার|ম্যাডাম|সাহেব|চাচা|মামা|খালা|কাকা|কাকু|মাসি|বুবু)(?![\u0980-\u09FF])/gu;
// Words before an honorific or after a relative that describe the person or the time, not a name ("বড় ভাই", "আমার আপু").
const NOT_BEFORE_HONORIFIC = new Set(
  (
    "বড় বড় ছোট মেজো সেজো নিজের আপন সৎ চাচাতো মামাতো খালাতো ফুফাতো তোমার ওনার এক দুই ওই সেই " +
    "প্রতিদিন রোজ সবসময় সব সবাই কখনো কখনও আজ কাল গতকাল এখন আবার খুব অনেক কিছু কেউ শুধু সারাদিন প্রায়ই মাঝে"
  ).split(" "),
);

/** Names known only by the Bangla honorific after them, as [start, end] offsets. */
export function namesBeforeHonorific(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const m of execAll(HONORIFIC_AFTER, text)) {
    const word = m[1] ?? "";
    if (isFunctionWord(word) || NOT_BEFORE_HONORIFIC.has(word) || BANGLA_VERB.test(word)) continue;
    found.push([m.index, m.index + word.length]);
  }
  return found;
}
