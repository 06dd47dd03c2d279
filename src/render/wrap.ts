/**
 * Paragraphs fitted to the terminal's width. The legacy Windows console (and most
 * others) cut a long line at the last column, in the middle of a word; we break at
 * spaces instead, with a hanging indent for numbered steps. A menu path ("Settings →
 * Privacy and security → Security") breaks at its arrows: the words of one menu label
 * stay on one line. Only a single token wider than the line (a long path, an address)
 * may pass the width, as it cannot be broken without changing it.
 */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns a string takes: code points without escape sequences and combining marks. */
export function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s.replace(ANSI, "")) if (!/\p{M}/u.test(ch)) n++;
  return n;
}

/** A space that does not break: glues the words of one menu label while wrapping. */
const GLUE = "\uE000";
const ARROW = "→";

/** The text's breakable units; a menu label's words are one unit. */
function units(text: string): string[] {
  const words = text.split(" ").filter((w) => w !== "");
  const out: string[] = [];
  // Words between two arrows are one menu label; so is the quoted label after the last arrow.
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (w === ARROW && out.length > 0) {
      // The arrow ends the line it is on, so the next label starts the next one.
      out[out.length - 1] += GLUE + ARROW;
      i++;
      // Collect the label after the arrow: up to the next arrow, or up to the end of a quoted label.
      const label: string[] = [];
      let j = i;
      const nextArrow = words.indexOf(ARROW, j);
      if (nextArrow > j) {
        label.push(...words.slice(j, nextArrow));
        j = nextArrow;
      } else if (nextArrow === -1) {
        // The last label: to its closing quote, or else one word.
        const end = words.findIndex((x, k) => k >= j && /["»”]/.test(x));
        const stop = end >= 0 && end - j < 6 ? end + 1 : j + 1;
        label.push(...words.slice(j, stop));
        j = stop;
      }
      if (label.length > 0) out.push(label.join(GLUE));
      i = j;
      continue;
    }
    out.push(w);
    i++;
  }
  return out;
}

/**
 * Wraps one paragraph. `first` is printed before the first line (e.g. "  1. "), `hang`
 * spaces before each further one; the text's own spaces are where lines may break.
 * Without a width (output into a pipe or file) the paragraph is one line.
 */
export function wrapParagraph(text: string, width: number | undefined, first = "", hang = displayWidth(first)): string[] {
  if (width === undefined) return [first + text];
  const pad = " ".repeat(hang);
  const lines: string[] = [];
  let line = first;
  let lineWidth = displayWidth(first);
  let empty = true;
  const room = (prefixWidth: number) => Math.max(1, width - prefixWidth);
  const put = (word: string) => {
    const w = displayWidth(word);
    if (!empty && lineWidth + 1 + w > width) {
      lines.push(line);
      line = pad;
      lineWidth = hang;
      empty = true;
    }
    line += (empty ? "" : " ") + word;
    lineWidth += (empty ? 0 : 1) + w;
    empty = false;
  };
  for (const u of units(text)) {
    const glued = u.split(GLUE);
    // A menu label longer than a whole line breaks at its own spaces after all.
    if (glued.length > 1 && displayWidth(glued.join(" ")) > room(hang)) glued.forEach(put);
    else put(glued.join(" "));
  }
  lines.push(line);
  return lines.map((l) => l.replace(/\s+$/, ""));
}

/** The width to wrap human output to: COLUMNS, else the terminal's, else 80; none into a pipe. */
export function outputWidth(o: { isTTY: boolean; columns?: number; env: NodeJS.ProcessEnv }): number | undefined {
  if (!o.isTTY) return undefined;
  const fromEnv = Number.parseInt(o.env.COLUMNS ?? "", 10);
  if (Number.isFinite(fromEnv) && fromEnv >= 20 && fromEnv <= 1000) return fromEnv;
  if (typeof o.columns === "number" && Number.isFinite(o.columns) && o.columns >= 20) return o.columns;
  return 80;
}
