import type { DisclosureCategory } from "../analysis-types";
import type { Lexicon } from "./lexicon-types";

// Bangla, second part (open-ended like lexicon-bn.ts): wanting not to live and cutting, days away from
// home, what parents see, carrying things for others, kill threats, a group urging a fight against
// another religion, and common romanised ("Banglish") wording.
const CARRY = "বহন|লুকিয়ে রাখ|পৌঁছে দি|নিয়ে যে|রেখে দি|দিয়ে আস";

/** Bangla disclosure lexicon, second part. */
export const LEXICON_BN_MORE: Lexicon<DisclosureCategory> = {
  locale: "bn",
  openEnd: true,
  rules: [
    {
      category: "self-harm",
      patterns: [
        "বাঁচতে (?:ইচ্ছে|ইচ্ছা) করে না|বাঁচার (?:ইচ্ছে|ইচ্ছা) নেই|মরে যেতে (?:ইচ্ছে|ইচ্ছা) করে|মরতে (?:ইচ্ছে|ইচ্ছা) করে",
        "নিজের (?:হাত|শরীর|পা|কব্জি|গা) (?:কেটে|কাটি|কাটছি|কেটেছি|কাটলাম)|হাত কেটেছি|হাত কাটি",
        "bachte (?:ichhe|icche|iccha) kore na|more jete (?:ichhe|icche) kore|(?:nijer )?hat (?:ketechi|kati|kete)",
      ],
    },
    {
      category: "missing",
      patterns: [
        "(?:দিন|রাত|সপ্তাহ) (?:ধরে )?(?:বাড়ি|বাসায়|ঘরে|বাসা) (?:ফেরেনি|ফিরেনি|ফেরে নি|আসেনি|আসে নি|নেই|যায়নি|ফিরছে না)",
        "(?:দিন|রাত) ধরে (?:কোনো )?(?:খোঁজ|খবর) নেই",
      ],
    },
    {
      category: "criminal-exploitation",
      patterns: [
        `(?:কিছু|প্যাকেট|ব্যাগ|জিনিস) (?:${CARRY})(?: ?করতে|তে)? (?:বলে|বলেছে|বললে|বলত|বলছে|বাধ্য)`,
        "(?:ওদের|তাদের|ওর|তার) (?:জন্য|হয়ে) (?:প্যাকেট|ব্যাগ|জিনিস|মাল) (?:নিয়ে|বহন|পৌঁছে)",
      ],
    },
    {
      category: "criminal-exploitation",
      within: "ছেলে|মেয়ে|ভাই|ভাতিজা|ভাগ্নে|রাতে",
      patterns: [
        "(?:দুইটা|দুটো|দুটি|দুই|একাধিক|অনেকগুলো) ফোন|নতুন (?:জুতা|জামা|কাপড়|ফোন) (?:আর|এবং|নিয়ে)",
        "রাতে (?:বাইরে|কাজে) (?:যায়|যাচ্ছে|চলে যায়)|কাজে যাচ্ছি",
      ],
    },
    {
      category: "violence-weapons",
      patterns: [
        "(?:আমাকে|আমাদের|তোকে) (?:মেরে ফেলবে|খুন করবে|মেরে ফেলব)",
        "ছুরি (?:ছিল|আছে|দেখিয়েছে|বের করে)|(?:কাছে|হাতে) ছুরি",
        "churi (?:chilo|ache|niye|dekhi|mere|mar|diye|ber)|(?:kache|hate) churi|bonduk|amake (?:mere felbe|khun korbe)",
      ],
    },
    {
      category: "physical-abuse",
      patterns: ["amake (?:mar|maar|pita|pet|mere|dhakka|thappor|lathi)|amader (?:mar|maar|pita)"],
    },
    {
      category: "immediate-danger",
      patterns: ["(?:jete|firte|thakte) (?:bhoy|voy) (?:lage|kore|pai)|বাইরে দাঁড়িয়ে আছে"],
    },
    {
      category: "sextortion-image-abuse",
      patterns: [
        "(?:ছবি|ভিডিও) ~ (?:পাঠিয়ে দেবে|দেখিয়ে দেবে|ছড়িয়ে দেবে|পোস্ট করে দেবে|সবাইকে পাঠাবে)",
        "(?:ছবি|টাকা) না (?:পাঠালে|দিলে) ~ (?:ছবি|ভিডিও|পাঠিয়ে|পোস্ট|ছড়িয়ে)",
      ],
    },
    {
      category: "radicalisation",
      patterns: [
        "(?:ধর্মের|জাতির|দেশের) (?:লোকদের|মানুষের|লোকের) বিরুদ্ধে|বিরুদ্ধে (?:আমাদের )?(?:লড়াই|যুদ্ধ|জিহাদ|হামলা) (?:করতে|করব)",
        "(?:মিটিংয়ে|মিটিং এ|সভায়|জমায়েতে|বৈঠকে) (?:ডেকেছে|ডাকে|ডাকছে|যেতে বলে|নিয়ে যায়)",
        "বোমা (?:বানা|তৈরি)|বিস্ফোরক",
      ],
    },
  ],
};
