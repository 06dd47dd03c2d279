import type { Host } from "../../host.js";
import { FileTooLargeError } from "../../files.js";

/** Why a browser's JSON file could not be used. */
export type JsonProblem = "missing" | "tooLarge" | "empty" | "truncated" | "notJson" | "notObject" | "unreadable";

export type JsonRead = { ok: true; value: Record<string, unknown>; bytes: number } | { ok: false; problem: JsonProblem; detail: string };

/**
 * Preferences of a profile with many sites and extensions run to a few MiB; past this
 * the file is not something a browser wrote for a citizen's profile, and reading it
 * whole would cost memory for nothing.
 */
export const MAX_PREFS_BYTES = 16 * 1024 * 1024;

/**
 * Reads a browser's JSON file without ever throwing: a running browser may be in the
 * middle of rewriting it, so a cut-off file is told apart from one that is not JSON.
 */
export async function readJsonFile(
  host: Host,
  file: string,
  opts: { maxBytes?: number; signal?: AbortSignal; trailingCommas?: boolean } = {},
): Promise<JsonRead> {
  const maxBytes = opts.maxBytes ?? MAX_PREFS_BYTES;
  const st = await host.fs.stat(file);
  if (!st) return { ok: false, problem: "missing", detail: `${file} does not exist` };
  if (st.isFile && st.size > maxBytes)
    return { ok: false, problem: "tooLarge", detail: `${file} has ${st.size} bytes, more than ${maxBytes}` };
  let text: string;
  try {
    text = await host.fs.readText(file, { maxBytes, signal: opts.signal });
  } catch (e) {
    if (e instanceof FileTooLargeError) return { ok: false, problem: "tooLarge", detail: e.message };
    const err = e as NodeJS.ErrnoException;
    if (err?.code === "ENOENT") return { ok: false, problem: "missing", detail: `${file} does not exist` };
    return { ok: false, problem: "unreadable", detail: `${file}: ${err?.code ?? ""} ${err?.message ?? String(e)}`.trim() };
  }
  return parseBrowserJson(text, file, { trailingCommas: opts.trailingCommas });
}

/**
 * The text without the commas that end a list or an object ("[1, 2,]", "{"a": 1,}"),
 * which chromium's JSON reader accepts with JSON_ALLOW_TRAILING_COMMAS (base/json/
 * json_reader.h). Strings are stepped over, so a comma inside one stays. Only commas
 * directly before "]" or "}" (with white space between) go; "[,]" or ",," stay errors.
 */
export function dropTrailingCommas(text: string): string {
  const out: string[] = [];
  let last = ""; // the last character kept that is not white space
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out.push(text.slice(i, j + 1));
      last = '"';
      i = j + 1;
      continue;
    }
    if (c === ",") {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if ((text[j] === "]" || text[j] === "}") && last !== "" && last !== "[" && last !== "{" && last !== ",") {
        i++;
        continue;
      }
    }
    out.push(c);
    if (!/\s/.test(c)) last = c;
    i++;
  }
  return out.join("");
}

/** Parses the text of a browser JSON file; exported for tests on exact bytes. */
export function parseBrowserJson(text: string, file: string, opts: { trailingCommas?: boolean } = {}): JsonRead {
  const bytes = Buffer.byteLength(text);
  // A UTF-8 byte-order mark is not part of JSON but some editors add one.
  const raw = text.replace(/^\uFEFF/, "");
  const body = opts.trailingCommas ? dropTrailingCommas(raw) : raw;
  if (body.trim() === "") return { ok: false, problem: "empty", detail: `${file} is empty (${bytes} bytes)` };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    // A file that starts like the browser's object and where the parser ran out of text
    // (V8: "Unexpected end of JSON input", or an error at the very last position) was
    // caught half-written or cut by a crash; an error in the middle is damage.
    const end = body.trimEnd().length;
    const at = /position (\d+)/.exec(reason);
    const ranOut = /end of JSON input/i.test(reason) || (at !== null && Number(at[1]) >= end);
    const truncated = body.trimStart().startsWith("{") && (ranOut || (at === null && !body.trimEnd().endsWith("}")));
    return { ok: false, problem: truncated ? "truncated" : "notJson", detail: `${file}: ${reason}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, problem: "notObject", detail: `${file} holds JSON that is not an object` };
  }
  return { ok: true, value: value as Record<string, unknown>, bytes };
}
