/**
 * Browser-based facts (BrowserFacts): axe-core accessibility scans and Lighthouse performance runs in
 * Debian's Chromium. Both never throw on page problems; they report `error`.
 */
export { runAxe, WCAG21_AA_TAGS, WCAG2X_A_TAGS, LEVEL_A_NOTE, type AxeOptions, type AxeResult } from './axe.js';
export { runLighthouse, median, type LighthouseOptions, type LighthouseResult } from './lighthouse.js';
export { DEFAULT_CHROMIUM_PATH, CHROMIUM_FLAGS, chromiumAvailable } from './chromium.js';
