import type { DisclosureCategory } from "../analysis-types";
import type { LexiconRule } from "./lexicon-types";

const CLUBS =
  "team|club|football|rugby|netball|cricket|band|choir|scouts|cadets|guides|brownies|gym|drama|dance|after school|homework|gang|gangs|crew|line";

/** English: radicalisation, modern slavery and trafficking. */
export const EN_SLAVERY_RULES: readonly LexiconRule<DisclosureCategory>[] = [
  {
    category: "radicalisation",
    unless: CLUBS,
    patterns: [
      "(?:want*|wanna|trying|tryna|tried|try|asked|asks|asking|keep asking|kept asking|pressur*|recruit*|told|tell|tells|invited|invite|invites|convinc*|persuad*|groom*|takes|took) (?:me |us |my [a-z]+ )?(?:to |into )?(?:join|be part of|sign up (?:to|for|with)|become (?:one of them|a member)|(?:come|go) to (?:their|the|a|his|her|these|secret) (?:meetings?|group|rally|rallies|march|marches|gathering|gatherings|protests?))",
    ],
  },
  {
    category: "radicalisation",
    patterns: [
      "(?:told|tell|tells|telling|teach*|taught|say|says|said|make*|made|want*) (?:me|us) (?:to )?(?:hate|kill|hurt|attack|fight|get rid of) (?:all )?(?:the )?{hategroup}",
      "{extreme} <> (?:me|my|us|join*|group|chat|server|discord|telegram|channel|videos?|stuff|content|memes|propaganda|posts|friends?|mates?|brother|sister|cousin|recruit*|online|into)",
      "(?:sent|sends|send|showing|shows|showed|show|watch*|sharing|shares|share) (?:me |us )?(?:extremist|nazi|isis|jihad*|terror*|beheading|far ?right|racist|hate|propaganda) (?:videos?|vids|stuff|content|memes|propaganda|posts|material|leaflets|books|links)",
      "(?:go|going|travel*|went) (?:and )?(?:fight|to fight) (?:in|for) (?:syria|iraq|the cause|allah|jihad)",
      "(?:say|says|said|saying|told|tell|tells|telling) ~ {targets} (?:are|is|should|deserve|must|need to|want to|will) ~ (?:ruin*|taking over|take over|invad*|destroy*|replac*|enemy|evil|die|killed|go back|get out|leave|animals|vermin|scum|dirty|disgusting|dangerous|the problem|to blame|pay)",
      "(?:white|black|muslim|jewish|christian|english|british|our) (?:people|race|men) (?:are|is) (?:superior|better|the master race|chosen)|superior race|master race|pure race|white pride|(?:are|is) (?:inferior|subhuman|vermin)",
      "{targets} (?:control|run|own|are behind|rule|are taking over) (?:everything|the world|the media|the government|the banks|the country)",
      "(?:i|we) (?:should|must|have to|need to|could) join (?:them|their|the group|the cause)",
      "(?:being|been|getting|got|is being|was) radicali[sz]ed|radicali[sz]* (?:me|my|him|her)|referred to (?:prevent|channel)",
      "(?:i|we) (?:want to|wanna|will|gonna) (?:kill|attack|bomb|hurt) (?:all )?(?:the )?{hategroup}",
      "(?:we|you|i) (?:must|should|have to|need to|will|got to) (?:hate|kill|hurt|attack|fight|get rid of|destroy|punish) (?:all )?(?:the )?{hategroup}",
    ],
  },
  {
    category: "modern-slavery-trafficking",
    patterns: [
      "(?:work*|working|worked|works|job|labour|labor|shifts?) ~ (?:for no (?:pay|money|wages)|without (?:pay|being paid|money|wages)|for free|for nothing|unpaid|no pay|no money|never (?:get )?paid|not paid|don'?t get paid|dont get paid|doesn'?t pay (?:me|us)|won'?t pay (?:me|us)|don'?t pay (?:me|us)|dont pay (?:me|us))",
      "(?:my|our) (?:passport|passports|documents|papers|id|visa) (?:was |were |got |has been |have been |is |are )?(?:taken|kept|confiscated|stolen|held|hidden)",
      "(?:keep|keeps|kept) (?:moving|taking|sending|driving) (?:me|us) (?:around|between|from place to place|to different)",
      "(?:moved|move|moves|moving|taken|sent|driven|drove|taking|takes) (?:me|us|them|her|him) (?:around|between (?:houses|flats|cities|towns|places|countries)|from place to place|from house to house|to different (?:places|houses|cities|towns|flats|countries|areas))",
      "(?:been|being|was|were|got|get|is|are|i'?m|im|i am|think i'?m|think i was) (?:being )?(?:trafficked|trafficed|trafiked|traficked|smuggled)|(?:i was|i'?ve been|ive been|i got|we were|i am being|i'?m being|im being|she was|he was) sold",
      "traffick* (?:me|us|her|him|my|kids|children|girls)|(?:sold|sells|sell|selling) (?:me|us|her|him|my [a-z]+) (?:to|for)",
      "(?:i'?m|im|i am|i feel like|feel like|treated like|treat (?:me|us) like|treats (?:me|us) like|like a|being|been|we are|we'?re|used as|kept as|i was|were) (?:a |their |his |her )?(?:slave|slaves|servant|maid)",
      "(?:debt|owe|owes|owed) ~ (?:journey|travel|bringing (?:me|us)|bring (?:me|us)|brought (?:me|us)|smuggl*|to come here|for getting (?:me|us) here|the trip|the crossing|the boat|the lorry)",
      "(?:sleep|sleeping|slept|live|living|stay|staying) (?:at|in|above|behind) (?:the |a )?(?:work|workplace|shop|restaurant|car ?wash|nail bar|nail salon|factory|farm|takeaway|kitchen|warehouse|building site)",
      "(?:work*|kept|locked|made to (?:work|stay)|living|live|stay*|sleep*|water*|tend*|look* after) ~ (?:cannabis|weed|skunk) (?:farm|factory|grow|house|plants)",
      "forced (?:labou?r|to work)|(?:they|the boss|my boss|boss|he|she) (?:keeps|keep|takes|take|took) (?:all )?(?:my|our|the) (?:money|wages|pay|earnings)",
    ],
  },
  {
    category: "modern-slavery-trafficking",
    unless: "{parent}|my room|bedroom|housework|lockdown|covid",
    patterns: [
      "(?:made|make|makes|making|forced|force|forces|forcing) {victim} (?:to )?(?:work|clean|cook|beg|graft|labour)",
      "(?:took|take|takes|taken|taking|kept|keep|keeps|keeping|have|has|holding|hold|holds|hid|hide|hides|stole|steal|confiscat*|got) (?:away )?(?:my|our|me|us|his|her) (?:passport|passports|documents|docs|papers|id|visa|birth certificate|brp|residence permit|id card)",
      "(?:can'?t|cant|cannot|can not|not allowed to|never allowed to|won'?t let (?:me|us)|don'?t let (?:me|us)|dont let (?:me|us)) (?:leave|go outside|go anywhere|talk to anyone|speak to anyone|call (?:my )?(?:family|mum|parents))",
    ],
  },
];
