/**
 * The demo province for `npm start`: Bắc Kạn as the survey saw it on 2022-12-01 (Decree 42/2022
 * frame), published with sample data, demo accounts for every role, and — where the shared data
 * folder is present — the real legal-document rows of central bodies imported into the
 * department of information and communications. Prints how to log in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getCongPayload } from '../lib/payload';
import { provisionProvince } from '../provision/provision';
import { planSites } from '../provision/plan';
import { ensureDemoUsers } from '../provision/demo-users';
import { countByReason, importLegalDocuments } from '../legal-docs/import';
import { dataDir, repoRoot } from '../paths';
import { ensureSearchIndex, indexingStats } from '../search';

const PROVINCE = '06';
const ON = '2022-12-01';
const LEGAL_CSV = 'data/legal-docs/sotttt-hanoi-van-ban-phap-quy-896.csv';

async function main(): Promise<void> {
const t0 = Date.now();
const payload = await getCongPayload();
const report = await provisionProvince(payload, { provinceCode: PROVINCE, on: ON, demo: true, log: (l) => console.log(l) });
console.log(`Trang: ${report.sites.created} tạo mới, ${report.sites.unchanged} đã có; theo cấp ${JSON.stringify(report.sites.byLevel)}; ${report.documentsCreated} nội dung tạo mới`);

const plan = planSites(PROVINCE, ON);
const communes = plan.filter((p) => p.level === 'commune');
const pick = (i: number) => ({ id: report.siteIdsByKey.get(communes[i].key)!, slug: communes[i].slug, name: communes[i].name.vi });
const users = await ensureDemoUsers(payload, { first: pick(0), second: pick(1) });

const shared = process.env.CONG_SHARED_DIR ?? path.resolve(repoRoot(), '../shared');
const csvFile = path.join(shared, LEGAL_CSV);
const dept = plan.find((p) => p.level === 'department' && /thông tin và truyền thông/i.test(p.name.vi));
if (dept && fs.existsSync(csvFile)) {
  const r = await importLegalDocuments(payload, { csv: fs.readFileSync(csvFile, 'utf8'), siteId: report.siteIdsByKey.get(dept.key)!, scope: 'central', sourceName: path.basename(csvFile) });
  console.log(`Văn bản (${dept.name.vi}): ${r.rows} dòng; nhập ${r.imported}; bỏ qua ${r.skipped.length} ${JSON.stringify(countByReason(r.skipped))}; từ chối ${r.rejected.length} ${JSON.stringify(countByReason(r.rejected))}`);
} else {
  console.log(`Không thấy ${csvFile}: bỏ qua bước nhập văn bản mẫu (đặt CONG_SHARED_DIR để nhập).`);
}

const lines = [
  '',
  '══════════════════════════════════════════════════════════════════════',
  ' Cổng — bản trình diễn (tỉnh Bắc Kạn, 01/12/2022, dữ liệu mẫu)',
  ` Trang quản trị: http://localhost:${process.env.PORT || 3000}/admin`,
  ` Mật khẩu chung của các tài khoản mẫu: ${users.password}`,
  ...users.accounts.map((a) => `   ${a.email.padEnd(52)} ${a.role}${a.site ? ` — ${a.site}` : ''}`),
  '══════════════════════════════════════════════════════════════════════',
  '',
];
const credFile = path.join(dataDir(), 'demo-credentials.txt');
if (users.created > 0 || !fs.existsSync(credFile)) fs.writeFileSync(credFile, lines.join('\n'), { mode: 0o600 });
// The hooks index every document as it is written; rebuild only if the index is out of step.
const search = await ensureSearchIndex(payload);
const hooks = indexingStats();
console.log(`Chỉ mục tìm kiếm: ${hooks.batchEntries} mục ghi theo lô trong ${(hooks.batchMs / 1000).toFixed(1)} s, ${hooks.documents} tài liệu cập nhật từng cái trong ${(hooks.ms / 1000).toFixed(1)} s; kiểm tra cuối: ${search.status}`);
console.log(`Xong trong ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
}

// No top-level await (see provision.ts).
main().then(
  () => process.exit(0),
  (err) => {
    console.error(`Lỗi: ${(err as Error).message}`);
    process.exit(1);
  },
);
