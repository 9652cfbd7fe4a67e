import { describe, expect, it } from "vitest";
import { detectNames } from "./detect-names";
import { mergeSpans } from "./merge-spans";

const found = (text: string) => mergeSpans(detectNames(text)).map((s) => text.slice(s.start, s.end));

describe("detectNames after a cue", () => {
  it.each([
    ["my name is jake and im 12", ["jake"]],
    ["My name is Jo Bloggs.", ["Jo Bloggs"]],
    ["my name is jake bloggs and i am 12", ["jake bloggs"]],
    ["my name is jake hate school", ["jake"]],
    ["my names ryan i live with my nan", ["ryan"]],
    ["my name's Leo", ["Leo"]],
    ["MY NAME IS KAYDEN AND I HATE IT HERE", ["KAYDEN"]],
    ["i'm called Zuzia and i'm 9", ["Zuzia"]],
    ["call me Ayaan", ["Ayaan"]],
    ["I am Fatima and I am 11", ["Fatima"]],
    ["im ellie im 10", ["ellie"]],
    ["im ruby and im 9", ["ruby"]],
    ["a man called Lee asked me", ["Lee"]],
    ["an older lad named Connor", ["Connor"]],
    ["a lad in year 9 called Reece", ["Reece"]],
    ["he called Tyler a grass", ["Tyler"]],
    ["the boys name was Callum", ["Callum"]],
    ["his name is marcus", ["marcus"]],
    ["my social worker Sarah is nice", ["Sarah"]],
    ["Our social worker, Hannah, never visits", ["Hannah"]],
    ["my mums boyfriend dave shouts", ["dave"]],
    ["my mum's boyfriend Darren", ["Darren"]],
    ["my dad's girlfriend Kelly", ["Kelly"]],
    ["my nan Pat picks me up", ["Pat"]],
    ["my brother Will said so", ["Will"]],
    ["my brother jack got stabbed", ["jack"]],
    ["my coach Gaz is the only one", ["Gaz"]],
    ["Mrs Khan said", ["Khan"]],
    ["mr smith is nice", ["smith"]],
    ["I told Miss Jones", ["Jones"]],
    ["Dr Patel", ["Patel"]],
    ["my teacher Mr Smith is nice", ["Smith"]],
  ])("finds the name in %j", (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it.each([
    "my name is private",
    "I'm fine",
    "i'm called names at school",
    "they called me fat",
    "call me back",
    "my brother will help",
    "my friend may come",
    "I miss home",
    "12 Oak Dr Scunthorpe",
    "I am scared",
    "a game called Fortnite",
    "a shop called Greggs",
    "an app called Snapchat",
  ])("finds no name in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("detectNames from the name lists", () => {
  it.each([
    ["Tyler keeps hitting me", ["Tyler"]],
    ["me and tyler got jumped", ["tyler"]],
    ["Tylers mum said", ["Tylers"]],
    ["Alfie's dad sells drugs", ["Alfie"]],
    ["I told Grace and Will", ["Grace", "Will"]],
    ["Jack hit me with a stick", ["Jack"]],
    ["Sam said no", ["Sam"]],
    ["Jack and me went", ["Jack"]],
    ["I saw Jo Bloggs there", ["Jo Bloggs"]],
    ["Ellie-Mae said she'd tell", ["Ellie-Mae"]],
    ["Mia and Isla were there", ["Mia", "Isla"]],
    ["KAYDEN HIT ME", ["KAYDEN"]],
    ["Ugnė helped me", ["Ugnė"]],
    ["my friend Ștefan was scared", ["Ștefan"]],
    ["Tahmina and Nusrat walk me home", ["Tahmina", "Nusrat"]],
    ["Zoë and Zoe", ["Zoë", "Zoe"]],
    ["Byłem z Kacprem w parku", ["Kacprem"]],
    ["Rozmawiałam z Zuzanną", ["Zuzanną"]],
    ["Buvau su Luku", ["Luku"]],
  ])("finds the name in %j", (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it.each([
    "Will you help me?",
    "May I go home now",
    "I hope it gets better",
    "Hope is what keeps me going",
    "Mark my words",
    "Grace before meals",
    "Dawn is when they go home",
    "Frank and honest talks help",
    "We have Sky at home",
    "in May and June",
    "Christmas Eve was the worst",
    "Ashby is where I live",
    "Brigg is nicer than Scunthorpe",
    "I like my teddy",
    "they sell charlie and molly",
    "Victoria Road is scary",
    "St John Ambulance came",
    "I went to Greggs",
    "Andrew Tate says girls are property",
    "Ona mnie bije",
    "Kai aš einu namo",
    "Chase me and I'll run",
    "Summer holidays are the worst",
    "Art is my favourite",
    "jo_b and tyler123",
    "Chelsea lost again",
    "we go to Tesco and Aldi",
    "mane muša",
    "we came from Germany and speak Hindi",
    "they talked about Islam and the Nazis",
  ])("finds no name in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("detectNames in other languages", () => {
  it.each([
    ["mam na imię Kacper i mam 12 lat", ["Kacper"]],
    ["mam na imię kuba", ["kuba"]],
    ["nazywam się Zuzanna Kowalska", ["Zuzanna Kowalska"]],
    ["mój brat Jakub ma 16 lat", ["Jakub"]],
    ["jestem Wiktoria", ["Wiktoria"]],
    ["mano vardas Lukas, man 13 metų", ["Lukas"]],
    ["mano draugas Matas irgi bijo", ["Matas"]],
    ["mani sauc Emīls un es dzīvoju", ["Emīls"]],
    ["mans brālis Kārlis mani sit", ["Kārlis"]],
    ["mă numesc Andrei și am 14 ani", ["Andrei"]],
    ["ma numesc stefan", ["stefan"]],
    ["numele meu este Ioana", ["Ioana"]],
    ["prietenul meu Mihai m-a ajutat", ["Mihai"]],
    ["আমার নাম রহিম আমি ১২ বছর", ["রহিম"]],
    ["আমার নাম রহিম উদ্দিন", ["রহিম উদ্দিন"]],
    ["আমার নাম Tahmina, আমার বয়স ১৩", ["Tahmina"]],
    ["রহিম আমাকে মারে", ["রহিম"]],
  ])("finds the name in %j", (text, names) => {
    expect(found(text)).toEqual(names);
  });
});
