import type { HarmId } from "../analysis-types";
import type { Lexicon } from "../disclosure/lexicon-types";

/** Bangla harm-topic lexicon (open-ended: suffixes fuse onto words). */
export const HARMS_BN: Lexicon<HarmId> = {
  locale: "bn",
  openEnd: true,
  rules: [
    { category: "cse", patterns: ["যৌন শোষণ|গ্রুমিং"] },
    { category: "cce", patterns: ["মাদক (?:বিক্রি|ব্যবসা|পাচার)|ড্রাগ (?:বিক্রি|ডিলার)|মাদক ব্যবসায়ী|ডিলার"] },
    { category: "serious-youth-violence", patterns: ["ছুরি|বন্দুক|অস্ত্র|মারামারি|গ্যাং|সহিংসতা|ছিনতাই"] },
    { category: "trafficking", patterns: ["মানব পাচার|শিশু পাচার|নারী পাচার|পাচার হয়ে|পাচার করা"] },
    { category: "modern-slavery", patterns: ["দাসত্ব|জোরপূর্বক শ্রম|বিনা বেতনে কাজ|বেগার"] },
    {
      category: "online-abuse",
      within: "অনলাইন|ইন্টারনেট|সোশ্যাল মিডিয়া|ফেসবুক|ইনস্টাগ্রাম|টিকটক|মেসেঞ্জার|গেম",
      patterns: ["অচেনা|অপরিচিত|মেসেজ|হুমকি|ব্ল্যাকমেইল|হয়রানি|উত্যক্ত|বাজে কথা"],
    },
    { category: "relationship-abuse", patterns: ["সম্পর্কে (?:নির্যাতন|সহিংসতা)|নিয়ন্ত্রণকারী (?:প্রেমিক|বয়ফ্রেন্ড)"] },
    { category: "bullying", patterns: ["বুলিং|উত্যক্ত|টিটকারি|ঠাট্টা|উপহাস|অপমান|খ্যাপায়"] },
    { category: "child-on-child-sexual-harm", patterns: ["যৌন হয়রানি|বাজে মন্তব্য|খারাপ স্পর্শ"] },
    { category: "radicalisation", patterns: ["উগ্রবাদ|চরমপন্থ|জঙ্গি|সন্ত্রাস|মৌলবাদ"] },
  ],
};
