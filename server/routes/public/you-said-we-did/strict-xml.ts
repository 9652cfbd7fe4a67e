// Test support: a small, strict XML reader, so tests can prove the feed is well-formed XML (Node has
// no DOMParser). It knows elements, attributes, text, the five named entities and character
// references, and throws on anything malformed: unclosed or crossed tags, bare `&` or `<`, two roots.

/** An element: its name, attributes, child elements and the text directly inside it. */
export type XmlElement = {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
};

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&([^;]*);|&|</g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`A bare "${whole}" is not allowed in XML text`);
    if (ref in ENTITIES) return ENTITIES[ref] as string;
    const code = /^#x([0-9a-f]+)$/i.exec(ref)?.[1] ?? /^#(\d+)$/.exec(ref)?.[1];
    if (code === undefined) throw new Error(`Unknown entity &${ref};`);
    return String.fromCodePoint(ref.startsWith("#x") ? Number.parseInt(code, 16) : Number(code));
  });
}

/** Parses a whole document, returning its root element; throws with a reason when it is not well-formed. */
export function parseXml(source: string): XmlElement {
  let at = 0;
  const rest = () => source.slice(at);
  const skipSpace = () => {
    while (/\s/.test(source[at] ?? "")) at++;
  };
  if (rest().startsWith("<?xml")) {
    const end = source.indexOf("?>", at);
    if (end < 0) throw new Error("Unclosed XML declaration");
    at = end + 2;
  }
  skipSpace();
  const element = (): XmlElement => {
    if (source[at] !== "<") throw new Error(`Expected an element at ${at}`);
    at++;
    const name = NAME.exec(rest())?.[0];
    if (!name) throw new Error(`Bad element name at ${at}`);
    at += name.length;
    const node: XmlElement = { name, attrs: {}, children: [], text: "" };
    for (;;) {
      skipSpace();
      if (rest().startsWith("/>")) {
        at += 2;
        return node;
      }
      if (source[at] === ">") {
        at++;
        break;
      }
      const attr = NAME.exec(rest())?.[0];
      if (!attr) throw new Error(`Bad attribute in <${name}> at ${at}`);
      at += attr.length;
      const match = /^\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(rest());
      if (!match) throw new Error(`Attribute ${attr} of <${name}> has no quoted value`);
      if (attr in node.attrs) throw new Error(`Attribute ${attr} repeated in <${name}>`);
      node.attrs[attr] = decode(match[2] ?? match[3] ?? "");
      at += match[0].length;
    }
    for (;;) {
      const next = source.indexOf("<", at);
      if (next < 0) throw new Error(`<${name}> is never closed`);
      node.text += decode(source.slice(at, next));
      at = next;
      if (rest().startsWith("</")) {
        const close = `</${name}>`;
        if (!rest().startsWith(close)) throw new Error(`Expected ${close} at ${at}`);
        at += close.length;
        return node;
      }
      node.children.push(element());
    }
  };
  const root = element();
  skipSpace();
  if (at !== source.length) throw new Error("Content after the root element");
  return root;
}
