/**
 * Provisioning: creates the registry entries, the legal skeleton and (with `demo`) the sample
 * content of every site of a province on a date, from the administrative-unit data of `@cong/vi`.
 *
 * Idempotent: every document has a natural key (site `key`; page = site + section; category =
 * site + kind; official = site + name; …) and an existing document is never rewritten, so a second
 * run changes no row. Each site is written in one transaction (all of its skeleton or none).
 *
 * - Real use (`demo: false`): pages and categories are drafts that carry the guidance text of
 *   `sections.ts`; nothing invented is published.
 * - Demo (`demo: true`): the same skeleton is published in Vietnamese and English with sample values
 *   and `sampleData: true` (the public pages then show the sample-data banner).
 */
import { createLocalReq, type Payload, type PayloadRequest } from 'payload';
import { planSites, type PlannedSite } from './plan';
import { CATEGORIES, sectionsFor } from './sections';
import { richText } from '../lib/lexical';
import { leaderTitles, SAMPLE_DISCLOSURES, SAMPLE_HEAD_NAME, sampleLegalDocuments, samplePage, samplePhone, samplePosts, type SampleSite } from './sample';
import { ensureSearchIndex } from '../search/indexing';

export interface ProvisionOptions {
  provinceCode: string;
  /** Date the administrative units are taken for, YYYY-MM-DD. */
  on: string;
  demo: boolean;
  log?: (line: string) => void;
}

export interface ProvisionReport {
  sites: { created: number; unchanged: number; byLevel: Record<string, number> };
  documentsCreated: number;
  documentsUnchanged: number;
  siteIdsByKey: Map<string, number | string>;
}

type Id = number | string;
type Doc = { id: Id };

/** Creates what is missing for the province; see the module comment. */
export async function provisionProvince(payload: Payload, o: ProvisionOptions): Promise<ProvisionReport> {
  const plan = planSites(o.provinceCode, o.on);
  const log = o.log ?? (() => {});
  const report: ProvisionReport = {
    sites: { created: 0, unchanged: 0, byLevel: {} },
    documentsCreated: 0,
    documentsUnchanged: 0,
    siteIdsByKey: new Map(),
  };
  let n = 0;
  for (const planned of plan) {
    report.sites.byLevel[planned.level] = (report.sites.byLevel[planned.level] ?? 0) + 1;
    const req = await createLocalReq({}, payload);
    const tx = await payload.db.beginTransaction();
    if (tx) req.transactionID = tx;
    try {
      const { id, created } = await ensureSite(payload, req, planned, report.siteIdsByKey, o.demo);
      report.siteIdsByKey.set(planned.key, id);
      created ? report.sites.created++ : report.sites.unchanged++;
      const counts = await ensureSkeleton(payload, req, planned, id, o.demo, created);
      report.documentsCreated += counts.created;
      report.documentsUnchanged += counts.unchanged;
      if (tx) await payload.db.commitTransaction(tx);
    } catch (err) {
      if (tx) await payload.db.rollbackTransaction(tx);
      throw new Error(`Provisioning site ${planned.key} failed: ${(err as Error).message}`, { cause: err });
    }
    if (++n % 20 === 0 || n === plan.length) log(`  ${n}/${plan.length} sites`);
  }
  // Documents were written without the per-document search hook: index them in one batch.
  const search = await ensureSearchIndex(payload);
  if (search.status === 'rebuilt') log(`  search index: ${search.entries} entries in ${((search.ms ?? 0) / 1000).toFixed(1)} s`);
  return report;
}

async function findOne(payload: Payload, req: PayloadRequest, collection: string, where: Record<string, unknown>): Promise<Doc | null> {
  const res = await payload.find({ collection: collection as never, where: where as never, limit: 1, depth: 0, req, draft: true, pagination: false });
  return (res.docs[0] as Doc | undefined) ?? null;
}

async function ensureSite(payload: Payload, req: PayloadRequest, p: PlannedSite, ids: Map<string, Id>, demo: boolean): Promise<{ id: Id; created: boolean }> {
  const existing = await findOne(payload, req, 'sites', { key: { equals: p.key } });
  if (existing) return { id: existing.id, created: false };
  const parent = p.parentKey ? ids.get(p.parentKey) : undefined;
  const sampleContacts = demo
    ? {
        responsiblePerson: { name: SAMPLE_HEAD_NAME, position: leaderTitles(p.level).head.vi },
        contacts: { address: `Trụ sở ${p.governingAgency.vi} (địa chỉ mẫu)`, phone: samplePhone(p.slug.length + 7), email: `vanphong@${p.domain}` },
        editorialBoardDecision: { number: '01/QĐ-BBT (mẫu)' },
      }
    : {};
  const doc = (await payload.create({
    collection: 'sites',
    req,
    locale: 'vi',
    data: {
      key: p.key,
      name: p.name.vi,
      shortName: shortNameOf(p.name.vi, p.governingAgency.vi),
      level: p.level,
      siteType: p.siteType,
      hosted: true,
      adminUnitCode: p.adminUnitCode,
      parent,
      slug: p.slug,
      domains: [{ domain: p.domain, primary: true }],
      governingAgency: p.governingAgency.vi,
      status: 'active',
      sampleData: demo,
      ...sampleContacts,
    } as never,
  })) as Doc;
  await payload.update({
    collection: 'sites',
    id: doc.id,
    req,
    locale: 'en',
    data: {
      name: p.name.en,
      shortName: shortNameOf(p.name.en, p.governingAgency.en),
      governingAgency: p.governingAgency.en,
      ...(demo ? { responsiblePerson: { position: leaderTitles(p.level).head.en }, contacts: { address: `Office of ${p.governingAgency.en} (sample address)` } } : {}),
    } as never,
  });
  return { id: doc.id, created: true };
}

/** The unit's own name for lists ("Sở Tư pháp tỉnh Bắc Kạn", "Phường Sông Cầu"): the site name without "Trang thông tin điện tử …" / "… website". */
export function shortNameOf(siteName: string, agency: string): string {
  const stripped = siteName.replace(/^(Cổng|Trang) thông tin điện tử\s+/i, '').replace(/\s+(web ?portal|website)$/i, '').trim();
  return stripped ? stripped.charAt(0).toUpperCase() + stripped.slice(1) : agency;
}

interface Counts { created: number; unchanged: number; fresh?: boolean }

/**
 * Creates one localized document unless `where` finds it. With `publish`, Vietnamese and English
 * are each published on their own (per-locale status); otherwise both stay drafts.
 */
async function ensureDoc(
  payload: Payload,
  req: PayloadRequest,
  counts: Counts,
  collection: string,
  where: Record<string, unknown>,
  vi: Record<string, unknown>,
  en: Record<string, unknown> | null,
  publish: boolean,
): Promise<void> {
  if (!counts.fresh && (await findOne(payload, req, collection, where))) {
    counts.unchanged++;
    return;
  }
  // One write for both languages: localized fields as { vi, en } with locale 'all' (a second
  // per-locale update cost 3–4× more). Each locale gets its own status (per-locale publishing).
  const data: Record<string, unknown> = { ...vi, _status: publish ? 'published' : 'draft' };
  for (const [k, v] of Object.entries(en ?? {})) data[k] = { vi: vi[k], en: v };
  await payload.create({
    collection: collection as never,
    req,
    depth: 0,
    locale: 'all' as never,
    context: { skipSearchIndex: true },
    draft: !publish,
    ...(publish ? { publishAllLocales: true } : {}),
    data: data as never,
  });
  counts.created++;
}

async function ensureSkeleton(payload: Payload, req: PayloadRequest, p: PlannedSite, site: Id, demo: boolean, fresh: boolean): Promise<Counts> {
  // A site created in this run has no documents yet: skip the existence look-ups.
  const counts: Counts = { created: 0, unchanged: 0, fresh };
  const sample: SampleSite = { name: p.name, governingAgency: p.governingAgency, level: p.level, domain: p.domain };
  const base = { site, sampleData: demo };

  for (const s of sectionsFor(p.level)) {
    const text = demo ? samplePage(s, sample) : null;
    await ensureDoc(
      payload, req, counts, 'pages',
      { and: [{ site: { equals: site } }, { section: { equals: s.key } }] },
      { ...base, title: s.label.vi, slug: s.slug, section: s.key, order: s.order, guidance: s.guidance.vi, requirementIds: s.requirementIds, ...(text ? { content: richText(text.vi) } : {}) },
      { title: s.label.en, guidance: s.guidance.en, ...(text ? { content: richText(text.en) } : {}) },
      demo,
    );
  }
  for (const c of CATEGORIES) {
    await ensureDoc(
      payload, req, counts, 'categories',
      { and: [{ site: { equals: site } }, { kind: { equals: c.kind } }] },
      { ...base, name: c.name.vi, slug: c.slug, kind: c.kind, order: c.order, requirementIds: c.requirementIds },
      { name: c.name.en },
      demo,
    );
  }
  if (!demo) return counts;

  const titles = leaderTitles(p.level);
  const people = [
    { name: SAMPLE_HEAD_NAME, position: titles.head, isLeader: true, order: 1 },
    { name: 'Trần Thị B', position: titles.deputy, isLeader: true, isSpokesperson: true, order: 2 },
    { name: 'Lê Văn C', position: { vi: 'Chánh Văn phòng', en: 'Chief of Office' }, isContactPoint: true, order: 3 },
  ];
  for (const [i, person] of people.entries()) {
    const email = `${person.name.split(' ').map((w) => w[0]).join('').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd')}@${p.domain}`;
    await ensureDoc(
      payload, req, counts, 'officials',
      { and: [{ site: { equals: site } }, { name: { equals: person.name } }] },
      { ...base, name: person.name, position: person.position.vi, phone: samplePhone(10 + i), email, isLeader: Boolean(person.isLeader), isSpokesperson: Boolean(person.isSpokesperson), isContactPoint: Boolean(person.isContactPoint), order: person.order },
      { position: person.position.en },
      true,
    );
  }
  await ensureDoc(
    payload, req, counts, 'units',
    { and: [{ site: { equals: site } }, { order: { equals: 1 } }] },
    { ...base, name: 'Văn phòng', order: 1, phone: samplePhone(20), email: `vanphong@${p.domain}` },
    { name: 'Office' },
    true,
  );
  await ensureDoc(
    payload, req, counts, 'social-accounts',
    { and: [{ site: { equals: site } }, { platform: { equals: 'facebook' } }] },
    { ...base, platform: 'facebook', name: `${p.name.vi} (trang mẫu)`, url: `https://www.facebook.com/${p.domain.replace(/\./g, '')}`, managingUnit: 'Văn phòng' },
    { managingUnit: 'Office' },
    true,
  );
  for (const [i, d] of SAMPLE_DISCLOSURES.entries()) {
    await ensureDoc(
      payload, req, counts, 'disclosure-list',
      { and: [{ site: { equals: site } }, { order: { equals: i + 1 } }] },
      { ...base, item: d.item.vi, legalBasis: d.legalBasis.vi, form: d.form.vi, timing: d.timing.vi, order: i + 1 },
      { item: d.item.en, legalBasis: d.legalBasis.en, form: d.form.en, timing: d.timing.en },
      true,
    );
  }
  for (const d of sampleLegalDocuments(sample)) {
    await ensureDoc(
      payload, req, counts, 'legal-documents',
      { and: [{ site: { equals: site } }, { documentNumber: { equals: d.documentNumber } }] },
      { ...base, documentNumber: d.documentNumber, type: d.type, kind: d.kind, summary: d.summary.vi, issuer: p.governingAgency.vi, signer: SAMPLE_HEAD_NAME, issuedOn: d.issuedOn, effectiveOn: d.issuedOn, field: d.field, validity: 'inForce' },
      { summary: d.summary.en },
      true,
    );
  }
  const news = await findOne(payload, req, 'categories', { and: [{ site: { equals: site } }, { kind: { equals: 'news' } }] });
  for (const [i, post] of samplePosts(sample).entries()) {
    await ensureDoc(
      payload, req, counts, 'posts',
      { and: [{ site: { equals: site } }, { slug: { equals: `tin-mau-${i + 1}` } }] },
      { ...base, title: post.title.vi, slug: `tin-mau-${i + 1}`, excerpt: post.excerpt.vi, content: richText([post.body.vi]), categories: news ? [news.id] : [], publishedAt: new Date(Date.UTC(2022, 10, 25 - i * 3, 2)).toISOString(), authorName: 'Ban Biên tập' },
      { title: post.title.en, excerpt: post.excerpt.en, content: richText([post.body.en]) },
      true,
    );
  }
  return counts;
}
