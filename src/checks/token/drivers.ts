/**
 * The driver (middleware) families of E-İmza tokens and card readers: what a citizen
 * installs to make a token usable. Product names are brand names and are shown as
 * they are in every language.
 */
export type DriverFamily = "safenet" | "feitian" | "idprime" | "bit4id" | "rutoken" | "jacarta" | "opensc";

export const DRIVER_PRODUCTS: Readonly<Record<DriverFamily, string>> = {
  safenet: "SafeNet Authentication Client (eToken)",
  feitian: "Feitian ePass2003 middleware",
  idprime: "Thales IDPrime / SafeNet Minidriver",
  bit4id: "Bit4id Universal Middleware",
  rutoken: "Rutoken drivers (Aktiv)",
  jacarta: "JaCarta Unified Client (Aladdin R.D.)",
  opensc: "OpenSC",
};
