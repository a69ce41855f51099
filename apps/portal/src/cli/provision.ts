/**
 * `provision` — create the registry entries and the legal skeleton of every site of a province.
 *
 *   npm run provision -w @cong/portal -- --province 06 --on 2022-12-01 [--demo]
 *
 * Without --demo the skeleton pages are drafts with guidance (real use); with --demo they are
 * published with sample values. Re-running changes nothing that exists. Exit code 1 on bad input.
 */
import { Command, InvalidArgumentError } from 'commander';
import { getCongPayload } from '../lib/payload';
import { provisionProvince } from '../provision/provision';

const isoDate = (v: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('Ngày phải có dạng YYYY-MM-DD (date must be YYYY-MM-DD).');
  return v;
};

const program = new Command('provision')
  .description('Tạo các trang TTĐT của một tỉnh theo dữ liệu đơn vị hành chính tại một ngày / provision a province')
  .requiredOption('--province <code>', 'mã tỉnh (GSO), ví dụ 06 = Bắc Kạn, 19 = Thái Nguyên')
  .option('--on <date>', 'ngày lấy dữ liệu đơn vị hành chính (YYYY-MM-DD)', isoDate, new Date().toISOString().slice(0, 10))
  .option('--demo', 'xuất bản khung trang với dữ liệu mẫu (bản trình diễn)', false)
  .exitOverride();


// No top-level await: under Node 20 a process.exit() during a pending top-level await can end the
// process with code 13 and lose its output; main() settles first, then the exit code is set.
async function main(): Promise<number> {
  // Parse after the module has finished evaluating: a process.exit() during module evaluation ended
  // with code 13 and no output under Node 20 when output went to a file or pipe.
  await new Promise((resolve) => setImmediate(resolve));
  try {
    program.parse();
  } catch (err) {
    return (err as { exitCode?: number }).exitCode === 0 ? 0 : 1; // commander has printed the message
  }
  const opts = program.opts<{ province: string; on: string; demo: boolean }>();
  const payload = await getCongPayload();
  const t0 = Date.now();
  const report = await provisionProvince(payload, { provinceCode: opts.province.padStart(2, '0'), on: opts.on, demo: opts.demo, log: (l) => console.log(l) });
  console.log(`Sites: ${report.sites.created} created, ${report.sites.unchanged} unchanged; by level: ${JSON.stringify(report.sites.byLevel)}`);
  console.log(`Documents: ${report.documentsCreated} created, ${report.documentsUnchanged} unchanged (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`Lỗi: ${(err as Error).message}`);
    process.exit(1);
  },
);
