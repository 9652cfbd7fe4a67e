// Context words that decide which harm a disclosure points to (see disclosure-harms.ts), all locales.
// Mini-language of compile-pattern.ts; matched anywhere in the answer (answers are short).

/** Other children: sexual harm among them is child-on-child, hitting among them is bullying. */
export const PEER_CUES: readonly string[] = [
  "school|college|sixth form|class|classmates?|pupils?|students?|year [0-9]+s?|playground|corridor|changing rooms?|in my year|form group|tutor group|my age|(?:boys|lads|girls|kids) (?:at|in|from) (?:school|my class|my year)|boys|lads|banter",
  "szkoł*|klas*|koleg*|koleżank*|uczni*|chłopaki|chłopcy|dziewczyny|rówieśni*",
  "mokykl*|klasiok*|bendraklas*|mokin*|klasėje",
  "skol*|klasesbiedr*|skolēn*|klasē",
  "școal*|colegi*|coleg*|elevi*|băieți*|clasă",
  "স্কুল*|ক্লাস*|সহপাঠী*",
];

/** Adults: sexual harm by an adult is exploitation, whatever the setting. */
export const ADULT_CUES: readonly string[] = [
  "man|men|older(?! (?:boys?|lads?|girls?|kids?|students?|pupils?|brother|sister|ones at school))|adult|adults|stranger|strangers|uncle|dad|step ?dad|stepfather|teacher|coach|grown|bloke|guy in his|[2-9][0-9] ?(?:yo|year old|years old)|old man|paedo|pedo|nonce|parked|(?:his|a|the) (?:car|van)",
  "mężczyzn*|facet*|dorosł*|starsz*(?! (?:chłop*|koleg*|uczni*|dziewczyn*))|obc*|wujek|ojczym|nauczyciel*|trener*",
  "vyr(?:as|ai|ą|o|ų|ui|ams)|vyresn*(?! (?:vaikin*|mergin*|mokin*|klasiok*))|suaug*|dėd*|patėv*|mokytoj*",
  "vīriet*|pieaugu*|vecāk* vīriet*|tēvoc*|patēv*|skolotāj*",
  "bărbat*|adult*|unchi*|tatăl vitreg|profesor*|antrenor*",
  "লোক*|পুরুষ*|বড় ভাই*|চাচা*|মামা*|শিক্ষক*",
];

/** Someone met online or a stranger: image abuse or sexual harm by them is not among schoolchildren. */
export const CONTACT_CUES: readonly string[] = [
  "met (?:him |her |them )?(?:on|online|in a game|through)|i met on|(?:guy|man|someone|somebody|person|account|boy|girl|lad|people) (?:on|from|in) (?:insta|instagram|snap|snapchat|tiktok|discord|roblox|fortnite|a game|my game|online|the internet|facebook|whatsapp|telegram)|fake accounts?|(?:a|some) random",
  "z (?:internetu|neta|insta*|instagram*|tiktok*|gry)|poznał* (?:w|przez) (?:internecie|sieci|grze)",
  "iš (?:interneto|instagram*|tiktok*|žaidim*)",
  "no (?:instagram*|interneta|tiktok*|spēl*)|spēlē",
  "de pe (?:insta*|internet|net|facebook|tiktok|joc)",
  "ইনস্টাগ্রামের|ফেসবুকের|অনলাইনের|টিকটকের|গেমের",
];

/** A partner or ex: image abuse by them is relationship abuse, not exploitation or peer harm. */
export const PARTNER_CUES: readonly string[] = [
  "(?:my|me|ma|mah) (?:boyfriend|girlfriend|bf|gf|partner|ex|fella|man|missus)|ex ?(?:boyfriend|girlfriend|bf|gf)|my ex",
  "(?:mój|mojego|moim) (?:chłopak*|partner*)|(?:moja|mojej|moją) (?:dziewczyn*|partnerk*)|był* (?:chłopak*|dziewczyn*)",
  "mano (?:vaikin*|mergin*|partner*)|buv* (?:vaikin*|mergin*)",
  "(?:mans|manu|manam) (?:puis*|draug*)|(?:mana|manu|manai) (?:meiten*|draudzen*)|bijuš*",
  "iubit*|fostul|fosta|partener*",
  "বয়ফ্রেন্ড|গার্লফ্রেন্ড|প্রেমিক*",
];

/** Drugs and county-lines words: a debt with none of these, beside sexual or labour exploitation, is theirs. */
export const DRUG_CUES: readonly string[] = [
  "drugs?|weed|coke|crack|heroin|sell*|deal*|shott*|trap*|burner|line|lines|county|gangs?|olders|elders|packages?|parcels?|stash*|runs|drops|the stuff",
  "narkotyk*|dragi|towar*|paczk*|diler*|gang*|zioło|trawk*",
  "narkot*|paket*|gauj*|prekeiv*",
  "narkot*|pak*|paciņ*|band*|dīler*",
  "drog*|pachet*|colet*|gașc*|dealer*|marf*|iarb*",
  "মাদক|ড্রাগ|গাঁজা|ইয়াবা|প্যাকেট",
];

/** Coercion over images: sextortion of a child is also sexual exploitation. */
export const COERCION_CUES: readonly string[] = [
  "threat*|blackmail*|sextort*|extort*|pay|money|gift ?cards?|or (?:he|they|she)'?ll|made me|forced|pressur*|keeps asking|kept asking|begg*|demand*|older|man|stranger|adult|unless|(?:if|or) (?:i|u|you) (?:don'?t|dont|do not|won'?t)|send more|more (?:nudes|pics)",
  "szantaż*|grozi*|zapłać|zmusza*|kaz*|pieniądze",
  "šantaž*|grasin*|sumokėk|verčia|pinigų",
  "šantāž*|draud*|samaksā|piespiež|naudu",
  "șantaj*|amenin*|plătește|bani|obligă|forțează",
  "ব্ল্যাকমেইল|হুমকি|টাকা|জোর করে|না পাঠালে|না দিলে|পাঠিয়ে দেবে",
];

/** Movement between places: modern slavery with movement is also trafficking. */
export const MOVEMENT_CUES: readonly string[] = [
  "traffick*|smuggl*|(?:moved|brought|took|sent|came) (?:me |us )?(?:from|over from) [a-z]+ (?:to work|for work|to here|here)|(?:from|to) (?:another country|abroad)|brought (?:me|us) (?:here|over|to)|(?:moved|moving|taken|sent|driven) (?:me|us) (?:around|between|to different|from place to place)|from (?:place to place|house to house)|in (?:a|the) (?:lorry|boat)|across the border",
  "(?:came|come|brought|moved) (?:here |over |to (?:the uk|england|britain) )?(?:for (?:a job|work)|to work)|(?:the|an|this|my) agency|agents?|(?:took|take|taken|kept|keeps|keep|has|have|holding) (?:away )?(?:my|our) (?:passports?|documents|papers|id)",
  "przewoż*|przewiezi*|przemyc*|handl* ludźmi|z miejsca na miejsce|przyjecha* (?:do pracy|tu|do anglii|z)|agencj*|(?:zabrał*|zabrali|trzyma*) (?:mi |nam )?(?:paszport*|dokument*)",
  "vežioja|atvežė|prekyb* žmon*|atvažiav* (?:dirbti|į)|atvyk* dirbti|agentūr*|(?:paėmė|atėmė|laiko) (?:mano |mūsų )?(?:pasą|pasus|dokument*)",
  "vadā|atveda|cilvēku tirdzniec*|atbrauc* (?:strādāt|uz)|aģentūr*|(?:paņēma|atņēma|tur) (?:manu |mūsu )?(?:pasi|pases|dokument*)",
  "mută|adus|trafic de persoane|dintr un loc|am venit (?:să lucrez|să muncesc|la muncă|în anglia)|agenți*|luat (?:pașaportul|actele)",
  "পাচার|নিয়ে এসেছে|কাজ করতে এসে*|এজেন্সি|পাসপোর্ট (?:নিয়ে নিয়েছে|রেখে দিয়েছে|কেড়ে নিয়েছে)",
];

/** Work, pay and papers: trafficking with these is modern slavery too; without them, only trafficking. */
export const SLAVERY_CUES: readonly string[] = [
  "work*|pay|paid|wages|passports?|documents|papers|slave*|forced labou?r|servitude|labou?r|car wash|nail bar|farm|factory|kitchen|clean*|debt|owe",
  "prac*|płac*|zapłat*|paszport*|dokument*|niewol*",
  "dirb*|darb*|moka|atlyginim*|pas(?:ą|us|as)|dokument*|verg*",
  "strād*|darb*|maksā*|alg*|pas(?:i|es)|dokument*|verg*|verdz*",
  "munc*|lucr*|plăt*|salariu|pașaport*|acte|sclav*",
  "কাজ|বেতন|পাসপোর্ট|কাগজ|দাসত্ব",
];

/** Online places and acts: image abuse there (not upskirting in a corridor) is online abuse. */
export const ONLINE_CUES: readonly string[] = [
  "online|internet|social media|snap*|insta*|tiktok|facebook|whatsapp|discord|roblox|fortnite|xbox|gaming|apps?|dms?|messag*|post*|shar*|sent|send*|upload*|leak*|screenshot*|pics?|photos?|pictures?|nudes|videos?|vids?|group ?chat|airdrop*|sext*|blackmail*|sextort*|deep ?fake*",
  "interne[tc]*|sieci|online|zdjęci*|zdjęć|fotk*|fotek|nagrani*|nagrań|wrzuci*|opublikuj*|wysył*|wysła*|szantaż*",
  "interne[tc]*|nuotrauk*|paskelb*|šantaž*",
  "interne[tc]*|bild*|foto*|publicē*|šantāž*",
  "online|interne[tc]*|poze|fotografii|posta|postează|șantaj*",
  "অনলাইন|ছবি|ভিডিও|ব্ল্যাকমেইল|পোস্ট",
];

/** Platforms and messaging: a disclosure that arrives this way is online abuse too. */
export const MESSAGING_CUES: readonly string[] = [
  "online|internet|social media|snap*|insta*|tiktok|facebook|whatsapp|discord|roblox|fortnite|xbox|playstation|gaming|messages|messaging|messaged|texts|texting|dms?|group ?chats?|met online|on the app",
  "interne[tc]*|online|w sieci|wiadomości|facebook*|snap*|instagram*|tiktok*",
  "interne[tc]*|online|žinut*|socialin*",
  "interne[tc]*|tiešsaist*|ziņ*|sociālaj*",
  "online|interne[tc]*|mesaje|rețele*",
  "অনলাইন*|মেসেজ*|ফেসবুক*|ইন্টারনেট*",
];
