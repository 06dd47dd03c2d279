/**
 * Phones on which Asan İmza "may not work", exactly as the official notice names them
 * (docs/notice-guzestli-menzil.az.txt, "İstifadəçiləri üçün" 3.a–e). The notice
 * also warns about every other BlackBerry model and about QWERTY-keyboard phones in
 * general; those are families, matched by word, not by model.
 */
export const PHONE_LIST_SOURCE = "Güzəştli mənzil notice “DİQQƏT EDİLMƏLİ MƏQAMLAR”, Asan İmza point 3 (a–e)";

export interface ListedPhone {
  vendor: string;
  model: string;
  /** Other names the same phone is sold or known under. */
  aliases?: readonly string[];
}

export const LISTED_PHONES: readonly ListedPhone[] = [
  { vendor: "BlackBerry", model: "Priv Black", aliases: ["Priv"] },
  { vendor: "BlackBerry", model: "Passport Silver Edition" },
  { vendor: "BlackBerry", model: "Passport Black", aliases: ["Passport"] },
  { vendor: "BlackBerry", model: "Classic Q20 Black", aliases: ["Classic", "Q20", "Classic Q20"] },
  { vendor: "BlackBerry", model: "Bold 9790 Pink", aliases: ["Bold 9790", "9790"] },
  { vendor: "Qumo", model: "Push 220 QWERTY", aliases: ["Push 220"] },
  { vendor: "HTC", model: "T7272 Touch Pro", aliases: ["T7272", "Touch Pro"] },
  { vendor: "HTC", model: "P4350 Herald", aliases: ["P4350", "Herald"] },
  { vendor: "Nokia", model: "1280" },
  { vendor: "Nokia", model: "1800" },
  { vendor: "Nokia", model: "3110" },
  { vendor: "Nokia", model: "5110" },
  { vendor: "Nokia", model: "6110" },
  { vendor: "Nokia", model: "6150" },
  { vendor: "Nokia", model: "N900" },
  { vendor: "Motorola", model: "F3" },
  { vendor: "Sony Ericsson", model: "P900" },
];

/** How people write the vendors (compacted: lower case, letters and digits only). */
const VENDOR_ALIASES: Readonly<Record<string, readonly string[]>> = {
  BlackBerry: ["blackberry", "bb", "rim"],
  Qumo: ["qumo"],
  HTC: ["htc"],
  Nokia: ["nokia"],
  Motorola: ["motorola", "moto"],
  "Sony Ericsson": ["sonyericsson", "ericsson", "sony", "se"],
};

export type PhoneVerdict =
  /** The model is named in the notice. */
  | { kind: "listed"; phone: ListedPhone; vendorGiven: boolean }
  /** A BlackBerry not named, but the notice warns about every BlackBerry. */
  | { kind: "blackberry" }
  /** A QWERTY-keyboard phone: the notice warns about them as a type. */
  | { kind: "qwerty" }
  /** Not on the notice's list: that proves nothing about whether it works. */
  | { kind: "notListed" };

/** Lower case, letters and digits only: "Sony-Ericsson  P 900" → "sonyericssonp900". */
export function compact(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "");
}

/** Words of the input, so that a vendor written in any form can be taken off the front. */
function words(s: string): string[] {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Matches what a citizen typed against the notice's list, tolerating case, spaces,
 * punctuation and the vendor written or left out ("nokia6110", "Nokia 6110", "6110").
 * A model written without its vendor matches only when it is long enough not to be a
 * coincidence (3+ characters) and names one phone of the list.
 */
export function matchPhone(input: string): PhoneVerdict {
  const all = compact(input);
  if (all === "") return { kind: "notListed" };

  for (const phone of LISTED_PHONES) {
    const models = [phone.model, ...(phone.aliases ?? [])].map(compact);
    const vendors = [compact(phone.vendor), ...(VENDOR_ALIASES[phone.vendor] ?? [])];
    for (const m of models) {
      if (vendors.some((v) => all === v + m)) return { kind: "listed", phone, vendorGiven: true };
    }
  }
  // The vendor may be written as separate words ("Sony Ericsson", "Sony-Ericsson"):
  // take any known vendor words off the front and compare what is left.
  const ws = words(input);
  const allVendorWords = new Set(Object.values(VENDOR_ALIASES).flat());
  let i = 0;
  while (i < ws.length - 1 && allVendorWords.has(ws[i]!)) i++;
  const rest = ws.slice(i).join("");
  const vendorPart = ws.slice(0, i).join("");
  for (const phone of LISTED_PHONES) {
    const models = [phone.model, ...(phone.aliases ?? [])].map(compact);
    const vendors = [compact(phone.vendor), ...(VENDOR_ALIASES[phone.vendor] ?? [])];
    if (!models.includes(rest)) continue;
    if (i > 0 && vendors.some((v) => vendorPart === v || vendorPart.endsWith(v) || vendorPart.startsWith(v))) {
      return { kind: "listed", phone, vendorGiven: true };
    }
    if (i === 0 && rest.length >= 3 && uniqueModel(rest)) return { kind: "listed", phone, vendorGiven: false };
  }
  if (all.includes("blackberry") || ws[0] === "bb") return { kind: "blackberry" };
  if (all.includes("qwerty")) return { kind: "qwerty" };
  return { kind: "notListed" };
}

/** Whether a bare model name points at exactly one phone of the list. */
function uniqueModel(m: string): boolean {
  return LISTED_PHONES.filter((p) => [p.model, ...(p.aliases ?? [])].map(compact).includes(m)).length === 1;
}

/** "Nokia 6110" — the name as the notice writes it. */
export function phoneName(p: ListedPhone): string {
  return `${p.vendor} ${p.model}`;
}
