/**
 * A translated sentence with its phone number made a `tel:` link in place ("…, call 999."), so the
 * number is not read twice; where a translation spells the number differently, the link follows.
 */
export function TelText({ text, number, dial }: { text: string; number: string; dial: string }) {
  const at = text.indexOf(number);
  const link = <a href={`tel:${dial}`}>{number}</a>;
  if (at < 0) {
    return (
      <>
        {text} {link}
      </>
    );
  }
  return (
    <>
      {text.slice(0, at)}
      {link}
      {text.slice(at + number.length)}
    </>
  );
}
