/**
 * Detection of the EMC monitoring tag (Circular 22/2023, REQUIREMENTS.md TT22-Ch.III): a Matomo-style
 * inline script with a global `_govaq` queue, `setTrackerUrl` = https://f-emc.ngsp.gov.vn/tracking,
 * `setSiteId` = the numeric id issued per site, and the loader
 * https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js.
 */
import type { EmcTagFact } from '../snapshot.js';

/** Host that serves the EMC tracker and loader. */
export const EMC_HOST = 'f-emc.ngsp.gov.vn';

/** True when a script text looks like (part of) the EMC tag. */
export function looksLikeEmc(scriptText: string): boolean {
  return scriptText.includes('_govaq') || scriptText.includes(EMC_HOST);
}

/**
 * Parse the EMC tag out of one inline script. Resolves simple `var u = '…'` string variables so
 * `setTrackerUrl, u + 'tracking'` works too.
 *
 * @param scriptText full inline script text
 * @returns the fact, or undefined when the script is not an EMC tag
 */
export function parseEmcScript(scriptText: string): EmcTagFact | undefined {
  if (!looksLikeEmc(scriptText)) return undefined;
  const vars = new Map<string, string>();
  for (const m of scriptText.matchAll(/(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*(['"])(.*?)\2/g)) vars.set(m[1], m[3]);
  const evalExpr = (expr: string): string => {
    // concatenation of string literals and known variables
    return expr
      .split('+')
      .map((part) => {
        const p = part.trim();
        const lit = /^(['"])(.*)\1$/.exec(p);
        if (lit) return lit[2];
        return vars.get(p) ?? '';
      })
      .join('');
  };
  const siteM = /setSiteId['"]\s*,\s*(?:(['"])(.*?)\1|([\w$.]+))/.exec(scriptText);
  let siteId = '';
  if (siteM) siteId = siteM[2] ?? (/^\d+$/.test(siteM[3] ?? '') ? siteM[3] : vars.get(siteM[3] ?? '') ?? '');
  const trackerM = /setTrackerUrl['"]\s*,\s*([^\]\)]+?)\s*\]/.exec(scriptText);
  const trackerUrl = trackerM ? evalExpr(trackerM[1]) || undefined : undefined;
  const loaderM = /(?:\.src\s*=\s*|src\s*:\s*)([^;\n]+?)\s*[;\n]/.exec(scriptText);
  let loaderUrl = loaderM ? evalExpr(loaderM[1]) || undefined : undefined;
  if (loaderUrl && !loaderUrl.includes('.js')) loaderUrl = undefined;
  if (!loaderUrl) {
    const direct = /https?:\/\/f-emc\.ngsp\.gov\.vn\/embed\/[\w.-]+\.js/.exec(scriptText);
    if (direct) loaderUrl = direct[0];
  }
  if (!siteM && !trackerUrl && !loaderUrl) return undefined;
  return { siteId, trackerUrl, loaderUrl, snippet: scriptText.trim().slice(0, 1000) };
}
