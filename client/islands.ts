// The one script public pages load (type=module, so old browsers simply skip it and get plain forms).
import { enhanceCharacterCounts } from "./enhance/character-count";
import { enhanceExitThisPage } from "./enhance/exit-this-page";
import { enhanceKiosk } from "./enhance/kiosk";
import { enhancePageSwaps } from "./enhance/page-swap";
import { enhanceReadAloud } from "./enhance/read-aloud";

enhanceExitThisPage();
enhancePageSwaps();
enhanceCharacterCounts();
enhanceReadAloud();
enhanceKiosk();

// GOV.UK: when a page arrives with errors, focus moves to the summary so it is read out first.
document.querySelector<HTMLElement>("[data-error-summary]")?.focus();
