// The CLI loads the catalogue of the language it speaks (src/cli.ts); tests render
// messages in every language straight from src/, so all three are loaded first.
import { loadCatalogs } from "../../src/i18n/catalog.js";
import { LANGS } from "../../src/i18n/lang.js";

await loadCatalogs(LANGS);
