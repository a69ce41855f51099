/**
 * `import-legal-docs` — import legal-document metadata from a CSV file into one site.
 *
 *   npm run import-legal-docs -w @cong/portal -- --file docs.csv --site <site key> [--scope central | --province "Bắc Kạn"]
 *
 * Each row is imported whole or not at all; skipped and rejected rows are listed with their line
 * number and reason; a re-run imports nothing twice. Exit 1 when the file cannot be read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { getCongPayload } from '../lib/payload';
import { countByReason, importLegalDocuments } from '../legal-docs/import';

const program = new Command('import-legal-docs')
  .description('Nhập dữ liệu văn bản từ tệp CSV vào một trang / import legal-document metadata')
  .requiredOption('--file <csv>', 'tệp CSV (UTF-8)')
  .requiredOption('--site <key>', 'mã định danh trang (trường "key", ví dụ dept-06-sotttt)')
  .option('--scope <scope>', '"central": chỉ văn bản của cơ quan trung ương', 'central')
  .option('--province <name>', 'chỉ văn bản của chính quyền tỉnh này (thay cho --scope)')
  .option('--verbose', 'liệt kê mọi dòng bị bỏ qua', false)
  .exitOverride();

async function main(): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve)); // see provision.ts
  try {
    program.parse();
  } catch (err) {
    return (err as { exitCode?: number }).exitCode === 0 ? 0 : 1;
  }
  const o = program.opts<{ file: string; site: string; scope: string; province?: string; verbose: boolean }>();
  const csv = fs.readFileSync(o.file, 'utf8');
  const payload = await getCongPayload();
  const site = (await payload.find({ collection: 'sites', where: { key: { equals: o.site } }, limit: 1, depth: 0 })).docs[0];
  if (!site) throw new Error(`Không có trang với mã "${o.site}" (no site with key ${o.site}).`);
  const result = await importLegalDocuments(payload, { csv, siteId: site.id, scope: o.province ? { province: o.province } : 'central', sourceName: path.basename(o.file) });
  console.log(`Rows: ${result.rows}; imported: ${result.imported}; skipped: ${result.skipped.length} ${JSON.stringify(countByReason(result.skipped))}; rejected: ${result.rejected.length} ${JSON.stringify(countByReason(result.rejected))}`);
  for (const r of result.rejected) console.log(`  rejected line ${r.line}: ${r.reasonVi} (${r.reason})`);
  if (o.verbose) for (const s of result.skipped) console.log(`  skipped line ${s.line}: ${s.reasonVi}`);
  return 0;
}

// No top-level await (see provision.ts).
main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`Lỗi: ${(err as Error).message}`);
    process.exit(1);
  },
);
