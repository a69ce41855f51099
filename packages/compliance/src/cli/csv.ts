/**
 * Fleet CSV: a header row with (at least) `url`, and optionally `name,level,site_type,portal_url,emc_site_id,agency`
 * (order free, case-insensitive; `-`/space accepted for `_`). RFC 4180 quoting ("a, b", "say ""hi""").
 */
import type { SiteContext } from '../snapshot.js';

export interface SiteRow {
  url: string;
  name?: string;
  level?: SiteContext['level'];
  siteType?: SiteContext['siteType'];
  portalUrl?: string;
  emcSiteId?: string;
  agency?: string;
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const LEVELS = ['province', 'department', 'district', 'commune', 'unit', 'party', 'enterprise'];
const TYPES = ['general', 'internal', 'specialised'];

export function parseSitesCsv(text: string): SiteRow[] {
  const [head, ...rows] = parseCsv(text);
  if (!head) return [];
  const key = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const idx = Object.fromEntries(head.map((h, i) => [key(h), i]));
  if (idx.url === undefined) throw new Error('sites CSV needs a `url` column');
  const get = (r: string[], k: string) => (idx[k] !== undefined ? (r[idx[k]] ?? '').trim() : '') || undefined;
  return rows.map((r, n) => {
    const url = get(r, 'url');
    if (!url) throw new Error(`sites CSV row ${n + 2}: empty url`);
    const level = get(r, 'level');
    const siteType = get(r, 'site_type');
    if (level && !LEVELS.includes(level)) throw new Error(`sites CSV row ${n + 2}: unknown level "${level}"`);
    if (siteType && !TYPES.includes(siteType)) throw new Error(`sites CSV row ${n + 2}: unknown site_type "${siteType}"`);
    return {
      url,
      name: get(r, 'name'),
      level: level as SiteRow['level'],
      siteType: siteType as SiteRow['siteType'],
      portalUrl: get(r, 'portal_url'),
      emcSiteId: get(r, 'emc_site_id'),
      agency: get(r, 'agency'),
    };
  });
}
