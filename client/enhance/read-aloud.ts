// "Read aloud": reads the question, its hint and its answers in the page's language with the
// browser's own speech synthesis. Never starts by itself; hidden where the browser cannot speak
// or has no voice for the language.

function textToRead(): string {
  const main = document.querySelector("main");
  if (!main) return "";
  const parts = [...main.querySelectorAll<HTMLElement>("h1, .hint:not(.character-count), .choice__label")];
  return parts
    .map((el) => el.innerText.trim())
    .filter(Boolean)
    .join(". ");
}

function hasVoiceFor(lang: string): boolean {
  const voices = speechSynthesis.getVoices();
  // An empty list means "not loaded yet" in Chromium: keep the button until we know better.
  return voices.length === 0 || voices.some((v) => v.lang.toLowerCase().startsWith(lang.toLowerCase()));
}

function wire(button: HTMLButtonElement) {
  if (button.dataset.wired) return;
  button.dataset.wired = "1";
  const lang = document.documentElement.lang;
  const show = () => {
    button.hidden = !hasVoiceFor(lang);
  };
  show();
  speechSynthesis.addEventListener("voiceschanged", show);
  const readLabel = button.textContent ?? "";
  button.addEventListener("click", () => {
    if (speechSynthesis.speaking) {
      speechSynthesis.cancel();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(textToRead());
    utterance.lang = lang;
    const voice = speechSynthesis
      .getVoices()
      .find((v) => v.lang.toLowerCase().startsWith(lang.toLowerCase()));
    if (voice) utterance.voice = voice;
    utterance.onend = utterance.onerror = () => {
      button.textContent = readLabel;
    };
    button.textContent = button.dataset.stopLabel ?? readLabel;
    speechSynthesis.speak(utterance);
  });
}

/** Shows and wires every Read aloud button, now and on pages swapped in later. */
export function enhanceReadAloud() {
  if (!("speechSynthesis" in window)) return;
  const run = () => {
    for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-read-aloud]"))
      wire(button);
  };
  run();
  document.addEventListener("heard:page", () => {
    speechSynthesis.cancel();
    run();
  });
}
