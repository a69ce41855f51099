import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../src/crawl/crawler.js';
import { SnapshotFormatError, loadSnapshot, parseSnapshot, saveSnapshot } from '../src/snapshot-io.js';
import type { SiteSnapshot } from '../src/snapshot.js';
import { html, routes, startServer } from './helpers/server.js';

const dir = mkdtempSync(join(tmpdir(), 'cong-snap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const minimal: SiteSnapshot = {
  schemaVersion: 1,
  site: { url: 'https://a.gov.vn/', level: 'commune' },
  startUrl: 'https://a.gov.vn/',
  hosts: ['a.gov.vn'],
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:00:05.000Z',
  source: 'portal',
  pages: [],
  sitemaps: [],
  feeds: [],
  limitsHit: [],
  errors: [],
};

describe('snapshot I/O', () => {
  it('round-trips a real crawl as .json and .json.gz (with and without HTML)', async () => {
    const srv = await startServer(
      routes({
        '/': html('<!doctype html><html lang="vi"><head><title>Xã A</title></head><body><nav><a href="/gioi-thieu">Giới thiệu</a></nav><footer>Email: a@a.gov.vn</footer></body></html>'),
        '/gioi-thieu': html('<html lang="vi"><title>Giới thiệu</title></html>'),
      }),
    );
    const snap = await crawlSite({ url: srv.url }, { network: false });
    await srv.close();
    const json = join(dir, 'nested', 'snap.json');
    const gz = join(dir, 'snap.json.gz');
    await saveSnapshot(snap, json);
    await saveSnapshot(snap, gz);
    expect(readFileSync(gz).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(await loadSnapshot(json)).toEqual(JSON.parse(JSON.stringify(snap)));
    expect(await loadSnapshot(gz)).toEqual(JSON.parse(JSON.stringify(snap)));
    const light = join(dir, 'light.json');
    await saveSnapshot(snap, light, { omitHtml: true });
    const loaded = await loadSnapshot(light);
    expect(loaded.pages.every((p) => p.html === undefined)).toBe(true);
    expect(loaded.pages[0].facts?.title).toBe('Xã A');
  });

  it('keeps fields it does not know (forward compatibility)', async () => {
    const f = join(dir, 'extra.json');
    writeFileSync(f, JSON.stringify({ ...minimal, futureField: { x: 1 } }));
    expect(((await loadSnapshot(f)) as unknown as Record<string, unknown>).futureField).toEqual({ x: 1 });
  });

  it('explains what is wrong with an invalid file', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...minimal, schemaVersion: 2, pages: [{ url: 'x', status: '200' }] }));
    const err = await loadSnapshot(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SnapshotFormatError);
    expect((err as Error).message).toContain(`${bad} is not a valid SiteSnapshot`);
    expect((err as SnapshotFormatError).issues).toEqual(expect.arrayContaining([expect.stringMatching(/^schemaVersion: /), expect.stringMatching(/^pages\[0\]\.status: /)]));

    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ nope');
    await expect(loadSnapshot(notJson)).rejects.toThrow(/is not valid JSON/);
    const notGz = join(dir, 'not.json.gz');
    writeFileSync(notGz, 'plain text');
    await expect(loadSnapshot(notGz)).rejects.toThrow(/is not valid gzip/);
    const gzBad = join(dir, 'gzbad.json.gz');
    writeFileSync(gzBad, gzipSync(JSON.stringify({ hello: 'world' })));
    await expect(loadSnapshot(gzBad)).rejects.toThrow(SnapshotFormatError);
    await expect(saveSnapshot({ ...minimal, source: 'elsewhere' } as unknown as SiteSnapshot, join(dir, 'never.json'))).rejects.toThrow(/source/);
    expect(() => parseSnapshot(minimal)).not.toThrow();
  });
});
