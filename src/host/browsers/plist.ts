/**
 * Property lists, read from the file instead of asking `defaults` (a process per
 * question). Both forms macOS writes are read: XML ("<?xml … <plist>") as app bundles
 * ship their Info.plist, and binary ("bplist00") as preferences are stored. Values come
 * out as plain JavaScript: dict → object, array → array, string, number, boolean,
 * date → Date, data → Buffer. Anything malformed throws; callers treat that as unreadable.
 */
export type PlistValue = string | number | boolean | Date | Buffer | null | PlistValue[] | { [key: string]: PlistValue };

export function parsePlist(bytes: Buffer): PlistValue {
  if (bytes.subarray(0, 8).toString("latin1") === "bplist00") return parseBinary(bytes);
  return parseXml(bytes.toString("utf8"));
}

// ---- binary: Apple's CFBinaryPList format (header "bplist00", object table, offset table, 32-byte trailer)

const MAX_DEPTH = 64;

function parseBinary(b: Buffer): PlistValue {
  if (b.length < 8 + 32) throw new Error("binary plist too short");
  const trailer = b.subarray(b.length - 32);
  const offsetSize = trailer[6]!;
  const refSize = trailer[7]!;
  const numObjects = Number(trailer.readBigUInt64BE(8));
  const top = Number(trailer.readBigUInt64BE(16));
  const tableOffset = Number(trailer.readBigUInt64BE(24));
  if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8) throw new Error("bad binary plist trailer");
  if (tableOffset + numObjects * offsetSize > b.length - 32 || top >= numObjects) throw new Error("bad binary plist offsets");

  const uint = (at: number, size: number): number => {
    if (at + size > b.length) throw new Error("binary plist read past the end");
    let v = 0;
    for (let i = 0; i < size; i++) v = v * 256 + b[at + i]!;
    return v;
  };
  const offsetOf = (ref: number) => {
    if (ref >= numObjects) throw new Error("binary plist reference out of range");
    return uint(tableOffset + ref * offsetSize, offsetSize);
  };

  const read = (ref: number, depth: number): PlistValue => {
    if (depth > MAX_DEPTH) throw new Error("binary plist nested too deep");
    let at = offsetOf(ref);
    const marker = uint(at, 1);
    const kind = marker >> 4;
    const count = marker & 0x0f;
    at += 1;
    // Lengths of 15 or more follow the marker as an integer object.
    const length = () => {
      if (count !== 0x0f) return count;
      const m = uint(at, 1);
      if (m >> 4 !== 0x1) throw new Error("bad binary plist length");
      const size = 1 << (m & 0x0f);
      const n = uint(at + 1, size);
      at += 1 + size;
      return n;
    };
    switch (kind) {
      case 0x0:
        if (marker === 0x08) return false;
        if (marker === 0x09) return true;
        return null;
      case 0x1: {
        const size = 1 << count;
        if (size === 8) return Number(b.readBigInt64BE(at));
        return uint(at, size);
      }
      case 0x2:
        return count === 2 ? b.readFloatBE(at) : b.readDoubleBE(at);
      case 0x3:
        // Seconds since 2001-01-01T00:00:00Z.
        return new Date(Date.UTC(2001, 0, 1) + b.readDoubleBE(at) * 1000);
      case 0x4: {
        const n = length();
        return Buffer.from(b.subarray(at, at + n));
      }
      case 0x5: {
        const n = length();
        return b.subarray(at, at + n).toString("latin1");
      }
      case 0x6: {
        const n = length();
        const s = Buffer.from(b.subarray(at, at + n * 2));
        return s.swap16().toString("utf16le");
      }
      case 0x8:
        return uint(at, count + 1);
      case 0xa: {
        const n = length();
        const out: PlistValue[] = [];
        for (let i = 0; i < n; i++) out.push(read(uint(at + i * refSize, refSize), depth + 1));
        return out;
      }
      case 0xd: {
        const n = length();
        const out: { [key: string]: PlistValue } = {};
        for (let i = 0; i < n; i++) {
          const key = read(uint(at + i * refSize, refSize), depth + 1);
          if (typeof key !== "string") throw new Error("binary plist dictionary key is not a string");
          out[key] = read(uint(at + (n + i) * refSize, refSize), depth + 1);
        }
        return out;
      }
      default:
        throw new Error(`unknown binary plist object 0x${marker.toString(16)}`);
    }
  };
  return read(top, 0);
}

// ---- XML: Apple's PropertyList-1.0 DTD

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    const code = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

function parseXml(text: string): PlistValue {
  // Tags and the text between them; comments, the XML declaration and the DOCTYPE are dropped.
  const body = text
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\?[\s\S]*?\?>/g, "")
    .replace(/<!DOCTYPE[\s\S]*?>/gi, "");
  const tokens = [...body.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>|([^<]+)/g)];
  let i = 0;
  const next = () => tokens[i++];
  const textUntil = (tag: string): string => {
    let s = "";
    for (;;) {
      const t = next();
      if (!t) throw new Error(`unclosed <${tag}>`);
      if (t[4] !== undefined) s += t[4];
      else if (t[1] === "/" && t[2] === tag) return decodeEntities(s);
      else throw new Error(`unexpected <${t[2]}> inside <${tag}>`);
    }
  };
  const value = (depth: number): PlistValue => {
    if (depth > MAX_DEPTH) throw new Error("plist nested too deep");
    let t = next();
    while (t && t[4] !== undefined && !t[4].trim()) t = next();
    if (!t || t[4] !== undefined || t[1] === "/") throw new Error("plist value expected");
    const tag = t[2]!;
    const empty = t[3] === "/";
    switch (tag) {
      case "plist":
        return value(depth + 1);
      case "dict": {
        const out: { [key: string]: PlistValue } = {};
        if (empty) return out;
        for (;;) {
          let k = next();
          while (k && k[4] !== undefined && !k[4].trim()) k = next();
          if (!k) throw new Error("unclosed <dict>");
          if (k[1] === "/" && k[2] === "dict") return out;
          if (k[2] !== "key" || k[1] === "/") throw new Error("<key> expected in <dict>");
          const key = k[3] === "/" ? "" : textUntil("key");
          out[key] = value(depth + 1);
        }
      }
      case "array": {
        const out: PlistValue[] = [];
        if (empty) return out;
        for (;;) {
          const save = i;
          let k = next();
          while (k && k[4] !== undefined && !k[4].trim()) k = next();
          if (!k) throw new Error("unclosed <array>");
          if (k[1] === "/" && k[2] === "array") return out;
          i = save;
          out.push(value(depth + 1));
        }
      }
      case "string":
        return empty ? "" : textUntil("string");
      case "integer":
        return Number.parseInt(textUntil("integer").trim(), 10);
      case "real":
        return Number.parseFloat(textUntil("real").trim());
      case "true":
        return true;
      case "false":
        return false;
      case "date":
        return new Date(textUntil("date").trim());
      case "data":
        return empty ? Buffer.alloc(0) : Buffer.from(textUntil("data").replace(/\s+/g, ""), "base64");
      default:
        throw new Error(`unknown plist element <${tag}>`);
    }
  };
  return value(0);
}
