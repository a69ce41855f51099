/**
 * Provisioning real use (no --demo) through the CLI: Thái Nguyên on 2025-07-01 (92 communes, no
 * district level), the legal skeleton as drafts with guidance, nothing published, and a second run
 * that changes no row. Bad input gets a clear error and exit code 1.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Payload } from 'payload';
import { testPayload } from '../helpers/payload';
import { childEnv, cliArgs, tempDir, TEST_DIALECT } from '../helpers/env';
import { provisionProvince } from '../../src/provision/provision';
import { planSites, countByLevel } from '../../src/provision/plan';
import { SECTIONS, CATEGORIES, sectionsFor } from '../../src/provision/sections';
import { COLLECTIONS } from '../../src/collections';

const root = path.resolve(import.meta.dirname, '../../../..');
/** Runs the bundled CLI in a child process on a database of its own (`databaseUrl`). */
async function run(args: string[], databaseUrl = `file:${path.join(tempDir, 'cli.db')}`): Promise<{ code: number; out: string }> {
  const log = path.join(tempDir, `cli-${Date.now()}.log`);
  const fd = fs.openSync(log, 'w');
  const child = spawn(process.execPath, [...cliArgs('provision'), ...args], {
    cwd: root,
    env: childEnv({ DATABASE_URL: TEST_DIALECT === 'sqlite' ? databaseUrl : process.env.DATABASE_URL }),
    stdio: ['ignore', fd, fd],
  });
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? -1)));
  fs.closeSync(fd);
  return { code, out: fs.readFileSync(log, 'utf8') };
}

let payload: Payload;

/** Row count and latest update of every collection and of its versions: the database's fingerprint. */
async function fingerprint(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const c of COLLECTIONS) {
    const docs = await payload.find({ collection: c.slug as never, limit: 1, sort: '-updatedAt', depth: 0, draft: true });
    out[c.slug] = `${docs.totalDocs}@${(docs.docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? '-'}`;
    // findVersions, not countVersions: on SQLite, countVersions left a lock behind that made the next
    // process's connection hang (the CLI then exited with code 13, unsettled top-level await).
    if (c.versions) out[`${c.slug}:versions`] = String((await payload.findVersions({ collection: c.slug as never, limit: 1, depth: 0 })).totalDocs);
  }
  return out;
}

beforeAll(async () => {
  payload = await testPayload();
}, 600_000);

describe('provision --province 19 --on 2025-07-01 (real use)', () => {
  const plan = planSites('19', '2025-07-01');

  it('creates the portal, the departments and 92 communes, no district level', async () => {
    const report = await provisionProvince(payload, { provinceCode: '19', on: '2025-07-01', demo: false });
    expect(report.sites.created).toBe(plan.length);
    const levels = countByLevel(plan);
    expect(levels.commune).toBe(92);
    expect(levels.district ?? 0).toBe(0);
    for (const [level, n] of Object.entries(levels)) {
      const { totalDocs } = await payload.count({ collection: 'sites', where: { level: { equals: level } } });
      expect(totalDocs, level).toBe(n);
    }
    const communes = await payload.find({ collection: 'sites', where: { level: { equals: 'commune' } }, limit: 1, depth: 1 });
    const c = communes.docs[0] as any;
    expect(c.parent?.level).toBe('province');
    expect(c.domains[0].domain).toMatch(/^[a-z0-9-]+\.thainguyen\.gov\.vn$/);
    expect(c.adminUnitCode).toMatch(/^\d{5}$/);
  }, 900_000);

  it('gives every site its legal skeleton as drafts whose guidance cites the requirement IDs', async () => {
    const commune = plan.find((p) => p.level === 'commune')!;
    const site = (await payload.find({ collection: 'sites', where: { key: { equals: commune.key } }, limit: 1 })).docs[0];
    const pages = await payload.find({ collection: 'pages', where: { site: { equals: site.id } }, draft: true, limit: 100, depth: 0 });
    expect(pages.docs.map((p: any) => p.section).sort()).toEqual(sectionsFor('commune').map((s) => s.key).sort());
    for (const page of pages.docs as any[]) {
      expect(page._status).toBe('draft');
      expect(page.guidance).toMatch(/[A-Z0-9]+-[\w.]+/);
      expect(page.requirementIds.length).toBeGreaterThan(0);
    }
    const cats = await payload.find({ collection: 'categories', where: { site: { equals: site.id } }, draft: true, limit: 100, depth: 0 });
    expect(cats.docs.map((c: any) => c.kind).sort()).toEqual(CATEGORIES.map((c) => c.kind).sort());
    // A department has no boundary map or natural-conditions page; a commune does.
    const dept = plan.find((p) => p.level === 'department')!;
    const deptSite = (await payload.find({ collection: 'sites', where: { key: { equals: dept.key } }, limit: 1 })).docs[0];
    const deptPages = await payload.find({ collection: 'pages', where: { site: { equals: deptSite.id } }, draft: true, limit: 100, depth: 0 });
    expect(deptPages.docs.map((p: any) => p.section)).not.toContain('boundaryMap');
    expect(deptPages.totalDocs).toBe(SECTIONS.length - 2);
  });

  it('publishes nothing invented: an anonymous reader sees no page, category or post', async () => {
    for (const collection of ['pages', 'categories', 'posts', 'officials'] as const) {
      const res = await payload.find({ collection, overrideAccess: false, user: null, limit: 1 });
      expect(res.totalDocs, collection).toBe(0);
    }
  });

  it('changes no row when run a second time', async () => {
    const before = await fingerprint();
    const report = await provisionProvince(payload, { provinceCode: '19', on: '2025-07-01', demo: false });
    expect(report.sites.created).toBe(0);
    expect(report.documentsCreated).toBe(0);
    expect(report.documentsUnchanged).toBeGreaterThan(plan.length * 10);
    expect(await fingerprint()).toEqual(before);
  }, 900_000);

  it.skipIf(TEST_DIALECT !== 'sqlite')('works as a command: provision --province 19 --on 2025-07-01, twice', async () => {
    const first = await run(['--province', '19', '--on', '2025-07-01']);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(new RegExp(`Sites: ${plan.length} created, 0 unchanged`));
    const second = await run(['--province', '19', '--on', '2025-07-01']);
    expect(second.code, second.out).toBe(0);
    expect(second.out).toMatch(new RegExp(`Sites: 0 created, ${plan.length} unchanged`));
    expect(second.out).toMatch(/Documents: 0 created/);
  }, 900_000);

  it('refuses bad input with a clear message and exit code 1', async () => {
    const merged = await run(['--province', '06', '--on', '2025-07-01']);
    expect(merged.code).toBe(1);
    expect(merged.out).toMatch(/19|Thái Nguyên/);
    const badDate = await run(['--province', '19', '--on', '2025-13-01']);
    expect(badDate.code).toBe(1);
    expect(badDate.out).toContain('YYYY-MM-DD');
  }, 300_000);
});
