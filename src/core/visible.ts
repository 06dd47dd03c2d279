/**
 * Text from outside (certificate fields, file names, what the user typed, registry and
 * profile values) made safe to show on a terminal: every control character and every
 * bidirectional-text control is replaced by a visible stand-in, so that an ESC sequence
 * cannot erase or rewrite a line and a right-to-left override cannot reverse one.
 *
 * - C0 controls and DEL (U+0000-U+001F, U+007F): "\x1b", "\x0d", … (tab and line feed too:
 *   a value is one line of a message, and a line feed in it could forge the next line);
 * - C1 controls (U+0080-U+009F; U+009B is a one-character CSI): "<U+009B>";
 * - bidirectional controls (Unicode UAX #9: ALM U+061C, LRM/RLM U+200E-U+200F, the
 *   embeddings and overrides U+202A-U+202E, the isolates U+2066-U+2069) and the line and
 *   paragraph separators U+2028-U+2029: "<U+202E>".
 *
 * Only values pass through here, never the catalogue's own text.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    const hex = code.toString(16).toUpperCase().padStart(4, "0");
    return code < 0x20 || code === 0x7f ? `\\x${hex.slice(2).toLowerCase()}` : `<U+${hex}>`;
  });
}
