// Realistic free text for measuring redaction: what children, young people and parents write.
// Personal information is marked «type:value»; `parseMarked` turns a line into the plain text and the
// spans it must be found at. Negatives carry no personal information and must come back untouched.
import type { PiiSpan, PiiType } from "../analysis-types";
import { LATER_POSITIVES } from "./redaction-corpus-later";

/** One marked line as plain text with the spans a redactor should find. */
export type MarkedText = { text: string; expected: PiiSpan[] };

/** Turns "call «name:Tyler»" into its text and the spans of each marked value. */
export function parseMarked(marked: string): MarkedText {
  const expected: PiiSpan[] = [];
  let text = "";
  let rest = marked;
  for (let m = /«(\w+):([^»]*)»/u.exec(rest); m; m = /«(\w+):([^»]*)»/u.exec(rest)) {
    text += rest.slice(0, m.index);
    const value = m[2] ?? "";
    expected.push({ type: m[1] as PiiType, start: text.length, end: text.length + value.length });
    text += value;
    rest = rest.slice(m.index + m[0].length);
  }
  return { text: text + rest, expected };
}

/** The local school names the corpus assumes (as an area's configuration would list them). */
export const CORPUS_GAZETTEER = ["Frederick Gough", "Baysgarth", "Brumby", "St Lawrence Academy"];

/** Lines with personal information in them, marked. */
export const POSITIVES: string[] = [
  // names
  "my name is «name:jake» and im 12",
  "My name is «name:Jo Bloggs» and I go to a school near town",
  "«name:Tyler» keeps hitting me at the bus stop",
  "me and «name:tyler» got jumped near the shops",
  "i dont like it when «name:Kacper» and his mates follow me home",
  "my social worker «name:Sarah» is nice but she never rings back",
  "my mums boyfriend «name:dave» shouts at me",
  "my mum's boyfriend «name:Darren» is scary when he drinks",
  "my dad's girlfriend «name:Kelly» says im a liar",
  "a man called «name:Lee» asked me to carry a bag for him",
  "there was an older lad named «name:Connor» who gave us weed",
  "Mrs «name:Patel» said she would ring my mum",
  "I told Miss «name:Jones» and she didnt do anything",
  "Mr «name:Hughes» the PE teacher helped me",
  "i'm called «name:Zuzia» and i'm 9",
  "call me «name:Ayaan»",
  "I am «name:Fatima» and I am 11",
  "im «name:ellie» im 10",
  "my best friend «name:Grace» always walks with me",
  "my brother «name:Jack» got stabbed last year",
  "my brother «name:jack» got stabbed last year",
  "I told «name:Will» about it and he laughed",
  "«name:Jack» hit me with a stick",
  "«name:Tylers» mum said it was my fault",
  "«name:Mia» and «name:Isla» were there too",
  "«name:Noah» took my phone",
  "«name:Ugnė» helped me when I was lost",
  "my friend «name:Ștefan» was scared too",
  "my cousin «name:Mohammed» came to get me",
  "«name:Tahmina» and «name:Nusrat» walk me home from the mosque",
  "my coach «name:Gaz» is the only one i trust",
  "my youth worker «name:Becky» listens",
  "my nan «name:Pat» picks me up",
  "my name's «name:Leo»",
  "my names «name:ryan» i live with my nan",
  "MY NAME IS «name:KAYDEN» AND I HATE IT HERE",
  "«name:KAYDEN» HIT ME",
  "my teacher Mr «name:Smith» is nice",
  "the boys name was «name:Callum»",
  "his name is «name:Josh» he sells stuff",
  "she is called «name:Amber» and she is 16",
  "I was with «name:Holly» and «name:Rose» at the park",
  "my friend «name:Oliwia» says the same",
  "«name:Wiktoria» is my best friend",
  "i talked to «name:kacper» and he said it was fine",
  "my stepdad «name:Wayne» hits my mum",
  "my carer «name:Janet» is kind",
  "my key worker «name:Aisha» rang the police",
  "«name:Harper» and me got followed by a car",
  "«name:Emily-Rose» was crying",
  // names in other languages
  "mam na imię «name:Kacper» i mam 12 lat",
  "nazywam się «name:Zuzanna» «name:Kowalska»",
  "Byłem z «name:Kacprem» w parku i ktoś nas gonił",
  "mano vardas «name:Lukas», man 13 metų",
  "mani sauc «name:Emīls» un es dzīvoju Skuntorpā",
  "mă numesc «name:Andrei» și am 14 ani",
  "numele meu este «name:Ioana»",
  "আমার নাম «name:রহিম» আমি ১২ বছর",
  "আমার নাম «name:Tahmina», আমার বয়স ১৩",
  "mój brat «name:Jakub» ma 16 lat",
  "prietenul meu «name:Mihai» m-a ajutat",
  // phones
  "my number is «phone:07123 456789»",
  "ma numbr is «phone:07700900123»",
  "text me on «phone:07123-456-789»",
  "ring «phone:+44 7123 456789» if u want",
  "his number «phone:+447123456789»",
  "call «phone:0044 7123 456 789»",
  "my house phone is «phone:(01724) 123456»",
  "nans number «phone:01724 123 456»",
  "«phone:0114 123 4567» is my dads work",
  "«phone:020 7946 0018»",
  "he kept ringing me from «phone:07911123456» every night",
  "my num «phone:07700 900 123» dont share it",
  "«phone:07 700 900 123» ring me",
  "call me on «phone:07700900123» or «phone:07700900456»",
  "mój numer to «phone:+48 512 345 678»",
  "numărul meu este «phone:0722 123 456»",
  "mano numeris «phone:+370 612 34567»",
  "আমার নম্বর «phone:07700 900123»",
  "+44 number «phone:+44 (0)7700 900123»",
  "my mums mobile is «phone:07700.900.123»",
  // emails
  "email me at «email:jo.bloggs@example.com»",
  "my email is «email:coolkid_123@hotmail.co.uk»",
  "«email:jo at gmail dot com»",
  "its «email:jake(at)yahoo(dot)com»",
  "contact «email:Mum.Smith@btinternet.com» please",
  "moj mail «email:kuba99@wp.pl»",
  "«email:jane_doe at hotmail dot co dot uk»",
  // postcodes
  "I live in «postcode:DN15 6XX»",
  "my postcode is «postcode:dn156xx»",
  "postcode «postcode:DN16 1AB»",
  "we moved to «postcode:DN17» last year",
  "it happens a lot in «postcode:DN16»",
  "«postcode:M1 1AA»",
  "«postcode:SW1A 1AA»",
  "«postcode:W1A 0AX»",
  "im from «postcode:dn15» and its rough",
  "kod pocztowy «postcode:DN15 7QT»",
  "my nan lives at «postcode:DN35 8NX»",
  // urls
  "look at «url:https://example.com/page»",
  "go on «url:www.heardnorthlincs.org.uk»",
  "my site is «url:example.co.uk»",
  "he sent me «url:tiktok.com/@jo_b»",
  "«url:http://bit.ly/abc123» is a scam",
  "join «url:discord.gg/abcd»",
  // handles
  "my snap is «handle:coolkid123»",
  "add me on insta: «handle:jo_b»",
  "tiktok: «handle:jojo.x»",
  "discord: «handle:name#1234»",
  "follow «handle:@tyler_99»",
  "he messaged me on snap from «handle:@xx_lil_xx»",
  "her insta is «handle:amy.b2010»",
  "my snapchat is «handle:kacper_2011»",
  "add me on snap «handle:jj_123»",
  "sc - «handle:bigman07»",
  "mój snap to «handle:kuba_99»",
  "his username is «handle:darkwolf666»",
  // addresses
  "I live at «address:12 Ashby Road»",
  "«address:flat 3, 45 Oswald rd»",
  "my addy is «address:14 ashby rd»",
  "I live on «address:Frodingham Road»",
  "i live on «address:frodingham road» by the shop",
  "she lives on «address:Cottage Beck Road»",
  "we live at «address:7 Church Lane» in Brigg",
  "«address:number 5 Oak Close»",
  "my address is «address:22 Sheffield Street», Scunthorpe",
  "he lives at «address:3a Market Street»",
  "«address:45 St John's Avenue» is where it happened",
  "mieszkam na «address:Ashby Road»",
  "locuiesc pe «address:Oswald Road»",
  "my house is «address:16 Kingsway Crescent»",
  "they took me to «address:9 Station Road»",
  "my nan lives at «address:27 Mary Street»",
  "«address:102 Old Brumby Street» thats my house",
  // schools
  "I go to «school:Frederick Gough School»",
  "i go to «school:frederick gough school»",
  "at «school:St Bede's Catholic Academy» they dont listen",
  "«school:Brumby Junior School» was ok",
  "my sister goes to «school:Crosby Primary School»",
  "i used to go to «school:Oasis Academy Parkwood»",
  "«school:North Lindsey College» has a good counsellor",
  "I'm in year 8 at «school:Baysgarth»",
  "we go to «school:Outwood Academy Brumby»",
  "«school:Our Lady of Lourdes Catholic Primary» is my school",
  "i left the «school:Vale Academy»",
  "she goes to «school:Winterton Community Academy»",
  "i go «school:st lawrence academy»",
  "«school:Melior Community Academy» is big",
  "i go to «school:brumby» and its ok",
  ...LATER_POSITIVES,
];
