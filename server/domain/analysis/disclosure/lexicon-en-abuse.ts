import type { DisclosureCategory } from "../analysis-types";
import type { LexiconRule } from "./lexicon-types";

const HURT_VERBS =
  "hit*|hittin|beat|beats|beating|beatin|beated|batter*|punch*|kick*|slap*|smack*|strangl*|chok*|throttl*|shov*|push*|burn*|bit|bite*|biting|whip*|belt*|thump*|hurt*|hurtin|abus*|attack*|assault*|grab*|drag*|spit|spits|spat|bash*|leather*|wallop*|twat*|lamp*|slam*|scratch*|pinch*|stamp* on|stomp* on|headbutt*|nut*|choke*";

/** English: physical abuse, sexual abuse, relationship abuse (coercive control). */
export const EN_ABUSE_RULES: readonly LexiconRule<DisclosureCategory>[] = [
  {
    category: "physical-abuse",
    patterns: [
      `(?:${HURT_VERBS}) {victim}`,
      "(?:pull*|yank*) (?:my|me|her|his) hair|twist* (?:my|me|her) arm|(?:held|hold*|pin*|pinned) (?:me|us|her) (?:down|against)|knock* (?:me|us|her) (?:out|over|down)",
      "(?:threw|throws|throw|throwing|chucked|chucks) (?:stuff |things |a [a-z]+ |plates |bottles )?at (?:me|us|her)",
      "(?:i|i'?m|im|i am|i was|i get|i got|i been|i'?ve been|ive been|getting|get|got|been|being|gets) (?:hit|hitted|beaten|beat|beated|punched|kicked|slapped|smacked|hurt|hurted|abused|attacked|assaulted|strangled|choked|battered|burned|burnt|whipped|bitten|thrown|shoved|pushed|belted)",
      "{friend} (?:gets|get|got|is getting|is being|was|has been|keeps getting) (?:hit|beaten|battered|hurt|abused|kicked|punched|slapped|smacked)",
      "bruis* (?:on|all over|from|everywhere)|(?:gave|left|giving|leaves) (?:me |us |her )?(?:a )?(?:bruise*|black eye|marks|a split lip)|(?:i have|i'?ve got|ive got|got|have|has) (?:bruise*|a black eye|marks on)",
      "(?:scared|scard|afraid|frightened|terrified|petrified|fear|feared) (?:of|off) (?:my )?(?:dad|daddy|father|mum|mom|mam|mother|step ?dad|step ?mum|stepfather|stepmother|step ?parents?|parents?|brother|uncle|carer|foster (?:mum|dad|carer)|his temper)",
      "abusive (?:dad|mum|mom|father|mother|step ?dad|step ?mum|parents?|home|family|brother|uncle|carer)",
      "(?:domestic|physical) (?:abuse|violence) (?:at|in) (?:home|my house|our house)",
      "(?:comes|came|coming) home (?:with|covered in) (?:injuries|bruises|cuts|marks|a black eye|blood)|(?:injuries|bruises|cuts|marks) (?:and|but) (?:won'?t|wont|doesn'?t|refuses to) (?:say|tell|explain)",
      "(?:is|are|gets|get|was|were) (?:violent|abusive|rough) (?:with|to|towards) (?:me|us)",
    ],
  },
  {
    category: "sexual-abuse",
    patterns: [
      "(?:touch*|tuch*|toch*|feel* up|felt up|fondl*|grop*|molest*|fiddl* with|finger*|rub* (?:against|on)|rubbed (?:himself|herself) (?:on|against)|feels? me up) {victim}",
      "(?:touch*|tuch*|toch*|grab*|grop*|squeez*|slap*|pinch*|feel*|felt|rub*) (?:my|me|her|his) (?:private*|bum|butt|ass|arse|boobs?|breasts?|chest|crotch|willy|dick|penis|fanny|vagina|front bottom|bits|down there|thighs?|body|bottom|nipples?|genitals?)",
      "(?:made|make|makes|making|forced|force|forces|forcing|tried to make|tries to make|pressured|pressures|pressuring) {victim} (?:to )?(?:touch|suck|do stuff|do things|do sexual|have sex|sleep with|perform|strip|undress|get naked|take (?:my|our|her|his) clothes off|take off my clothes|watch porn|kiss|give (?:him|her|them) head|lick|go down on)",
      "(?:asked|asks|told|tells|wanted|wants|begged|begs|keeps asking) {victim} (?:to )?(?:touch (?:him|her|his|it|them)|suck|have sex|sleep with|strip|undress|get naked|take (?:my|our|her) clothes off|watch porn|give (?:him|her|them) head|go down on)",
      "(?:was|were|been|being|got|get|am|i'?m|im) (?:forced|made|pressured|pressurised|coerced|tricked) (?:in)?to (?:have sex|do (?:sexual|stuff|things)|touch|strip|perform|send nudes|sleep with|give (?:him|her|them) head)",
      "rape|raped|rapes|raping|rapist|rapped (?:me|her)|r ped|sa'?d (?:me|her)",
      "sexual(?:ly)? (?:abus*|assault*|touch*|harass*)|molest*|indecent*|inappropriat* (?:touch*|with me|pictures|photos|things|messages|comments|stuff)|touch* (?:me |us |her )?inappropriat*|(?:bad|wrong|private) touch*",
      "(?:showed|shows|show|showing|sent|sends|send|flashed|flashes|flash|exposed|exposes) (?:me |us )?(?:his|her|their) (?:privates|private parts|dick|willy|penis|bits|cock|knob|junk|boobs|naked body|genitals?|thing)",
      "(?:exposed|flashed|exposes|flashes) (?:himself|herself|themselves)|flash* (?:at )?(?:me|us)",
      "(?:had|have|has|having) (?:sex|intercourse) with {victim}",
      "(?:he|she|step ?dad|stepdad|dad|uncle|brother|cousin|a man|my mum'?s boyfriend|mums boyfriend|lodger|my carer) (?:comes|came|gets|got|climbs|climbed) (?:into|in) (?:my|our) (?:room|bed)",
      "(?:kissed|kisses|snogged) (?:me|her) (?:without|when i didn'?t|even though|against)|(?:forced|force|forces|made me|tried to) (?:kiss|snog)",
      "(?:say|says|said|saying|send|sends|sent|sending|make|makes|made|making) (?:sexual|dirty|rude|pervy|creepy|disgusting) (?:things|stuff|comments|messages|jokes|remarks) (?:to|at|about) (?:me|us|her)",
    ],
  },
  {
    category: "relationship-abuse",
    within: "{partner}",
    patterns: [
      `(?:${HURT_VERBS}|threaten*|scare*|control*|shout*|scream*|yell*|swear* at|belittl*|humiliat*|isolat*|manipulat*|guilt trip*|gaslight*|pressur*|forc*|makes?|made|stalk*|track*) (?:me|us|her)`,
      "(?:shout*|scream*|yell*|swear*|snap*) at (?:me|us|her)|(?:no one|nobody|noone) (?:else )?(?:would|will|could) (?:ever )?(?:want|love|have|like) (?:me|you|her)|(?:says|said|tells me|told me) i'?m (?:worthless|ugly|fat|stupid|useless|nothing|pathetic)",
      "(?:turn*|shows?|showing|showed) up (?:at|outside) (?:my|our)|(?:texting|messaging|calling|ringing|snapping) (?:me|us) (?:all night|constantly|non ?stop|all the time|hundreds of times)|won'?t leave (?:me|us) alone",
      "call* (?:me|us|her) (?:names|fat|ugly|stupid|worthless|useless|a slag|a slut|a whore|a sket|a hoe|thick|pathetic|crazy|psycho)",
      "(?:check*|go* through|goes through|went through|look* through|look* at|read*|reads) (?:my|me) (?:phone|messages|texts|dms|chats|snap|snapchat|insta|instagram|whatsapp|socials|emails)",
      "jealous*|possessive|controlling|obsessive|obsessed with me|location|passwords?|passcode|find my (?:friends|iphone)|snap ?map|life360",
      "(?:scared|afraid|frightened|terrified) (?:of|when) (?:him|her|them)|(?:angry|mad|kicks off|kick off|flips|goes mad|loses it) (?:if|when) i",
      "(?:won'?t|wont|doesn'?t|doesnt|never|don'?t|dont|not) (?:let|lets|allow*) (?:me|us)|not allowed",
      "(?:dump|leave|break up with|finish with) (?:me|us) ~ (?:if|unless)|or (?:he|she)(?:'?ll| will| says he'?ll| says she'?ll| said he'?d| said she'?d) (?:leave|dump|break up with|finish with) me",
      "(?:threaten*|says|said|will) (?:to )?(?:kill|hurt|harm) (?:himself|herself|themselves|hisself) (?:if|when|unless)",
    ],
  },
  {
    category: "relationship-abuse",
    unless: "{parent}",
    patterns: [
      "(?:check*|go* through|goes through|went through|look* through|reads?) (?:my|me) (?:phone|messages|texts|dms|chats|snap|snapchat|insta|instagram|whatsapp|socials)",
      "(?:if|when|whenever) (?:i|we) (?:talk|speak|text|message|go out|hang out|look at|chat) (?:to |with )?(?:other )?(?:boys|girls|lads|guys|men|anyone else|my friends|other people)",
      "(?:won'?t|wont|doesn'?t|doesnt|don'?t|dont|never|wouldn'?t|didn'?t) (?:let|lets|allow|allows) (?:me|us) (?:to )?(?:see|go out with|talk to|talk with|hang out with|hang with|meet|speak to|text|message) (?:my |any |other )?(?:friends|mates|family|anyone|boys|girls|lads|people)",
      "(?:not|never) allowed (?:to )?(?:see|talk to|speak to|have|go out with|hang out with|text|message|follow) (?:my |any |other )?(?:friends|mates|boys|girls|lads|people)",
      "(?:makes?|made|making|forces?|forced|wants|tells|told) (?:me|us) (?:to )?(?:send|share|turn on|keep on|have on|leave on) (?:him |her |them )?(?:my )?(?:location|live location|snap ?map|find my (?:friends|iphone)|where i am|pics? of where i am|what i'?m wearing)",
      "(?:tracks?|tracking|tracked|monitors?|monitoring|monitored) (?:me|my (?:location|phone|snap|messages|every move))",
      "(?:knows|wants|has|demands?|demanded|asked for|took|takes|made me give) (?:all )?(?:my|me) (?:passwords?|passcode|pin|logins?)",
      "(?:controlling|possessive|jealous|abusive|violent|toxic) (?:boyfriend|girlfriend|bf|gf|partner|ex|relationship)",
      "(?:boyfriend|girlfriend|bf|gf|partner|ex) ~ (?:controlling|possessive|abusive|violent|controls me|hits me|hurts me|threatens me)",
      "threaten* (?:to )?(?:kill|hurt|harm) (?:himself|herself|themselves) (?:if|when|unless) (?:i|i'?m)",
    ],
  },
];
