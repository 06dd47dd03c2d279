import { describe, expect, it } from "vitest";
import { LISTED_PHONES, matchPhone, phoneName } from "../../src/asan/phones.js";

/** The notice's own list (seed-guzestli-menzil.az.txt, Asan İmza point 3 a–e), written as it is written there. */
const NOTICE_NAMES = [
  "BlackBerry Priv Black",
  "Blackberry Passport Silver Edition",
  "Blackberry Passport Black",
  "Blackberry Classic Q20 Black",
  "Blackberry Bold 9790 Pink",
  "Qumo Push 220 QWERTY",
  "HTC T7272 Touch Pro",
  "HTC P4350 Herald",
  "Nokia 1280",
  "Nokia 1800",
  "Nokia 3110",
  "Nokia 5110",
  "Nokia 6110",
  "Nokia 6150",
  "Nokia N900",
  "Motorola F3",
  "Sony Ericsson P900",
];

describe("the phone table", () => {
  it("holds exactly the models the notice names", () => {
    expect(
      LISTED_PHONES.map(phoneName)
        .map((n) => n.toLowerCase())
        .sort(),
    ).toEqual(NOTICE_NAMES.map((n) => n.toLowerCase()).sort());
  });
});

describe("matchPhone", () => {
  it.each(NOTICE_NAMES)("finds %s as the notice writes it, in lower case, and without spaces", (name) => {
    for (const typed of [name, name.toLowerCase(), name.toUpperCase(), name.replace(/\s+/g, ""), `  ${name.replace(/ /g, "  ")} `]) {
      const v = matchPhone(typed);
      expect(v.kind, typed).toBe("listed");
      if (v.kind === "listed") expect(phoneName(v.phone).toLowerCase()).toBe(name.toLowerCase());
    }
  });

  it.each([
    ["nokia6110", "Nokia 6110"],
    ["Nokia-6110", "Nokia 6110"],
    ["NOKIA 6110.", "Nokia 6110"],
    ["nokia n 900", "Nokia N900"],
    ["Sony-Ericsson P900", "Sony Ericsson P900"],
    ["SonyEricsson p-900", "Sony Ericsson P900"],
    ["Sony Ericsson P 900", "Sony Ericsson P900"],
    ["Moto F3", "Motorola F3"],
    ["motorola f-3", "Motorola F3"],
    ["HTC Touch Pro", "HTC T7272 Touch Pro"],
    ["htc herald", "HTC P4350 Herald"],
    ["Qumo Push 220", "Qumo Push 220 QWERTY"],
  ])("tolerates punctuation, spacing and known short names: %s", (typed, listed) => {
    const v = matchPhone(typed);
    expect(v.kind).toBe("listed");
    if (v.kind === "listed") expect(phoneName(v.phone)).toBe(listed);
  });

  it("accepts a model written without its vendor when it names one phone only", () => {
    for (const [typed, listed] of [
      ["6110", "Nokia 6110"],
      ["N900", "Nokia N900"],
      ["P900", "Sony Ericsson P900"],
      ["T7272", "HTC T7272 Touch Pro"],
    ] as const) {
      const v = matchPhone(typed);
      expect(v.kind, typed).toBe("listed");
      if (v.kind === "listed") {
        expect(phoneName(v.phone)).toBe(listed);
        expect(v.vendorGiven).toBe(false);
      }
    }
  });

  it("does not match a bare model too short to be more than a coincidence", () => {
    expect(matchPhone("F3").kind).toBe("notListed");
  });

  it("warns about every BlackBerry as a family, named or not", () => {
    for (const typed of ["BlackBerry KEYone", "blackberry curve 8520", "Black-Berry Bold 9900".replace("-", ""), "BB Curve"]) {
      expect(matchPhone(typed).kind, typed).toBe("blackberry");
    }
  });

  it("warns about QWERTY-keyboard phones as a type", () => {
    expect(matchPhone("Some Vendor X100 QWERTY").kind).toBe("qwerty");
    expect(matchPhone("qwerty phone").kind).toBe("qwerty");
  });

  it.each([
    "Samsung Galaxy A54",
    "iPhone 15",
    "Nokia 6111",
    "Nokia 611",
    "Nokia 61100",
    "Nokia 3310",
    "Nokia 6110 Navigator",
    "Nokia F3",
    "Motorola F30",
    "Sony Xperia P",
    "HTC One",
    "Samsung 6110",
    "",
    "   ",
  ])("near misses and other phones are not on the list: %j", (typed) => {
    expect(matchPhone(typed).kind).toBe("notListed");
  });
});
