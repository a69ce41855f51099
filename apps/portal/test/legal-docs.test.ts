/**
 * Legal-document CSV import, pure core: CSV reading, canonical issuers, normalisation, import plan.
 *
 * The real data (896 rows of sotttt.hanoi.gov.vn, see shared/data/legal-docs/SOURCES.md) is read from
 * `$CONG_SHARED_DIR` (default `<repo>/../shared`); those tests are skipped with a message when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type RawRow, parseLegalDocsCsv } from '../src/legal-docs/csv';
import {
  canonicalIssuer,
  issuerFromDocumentNumber,
  parseDocumentNumber,
  provinceKey,
  resolveIssuer,
} from '../src/legal-docs/issuers';
import { classifyKind, documentNumberKey, toLegalDocumentInput } from '../src/legal-docs/normalize';
import { countByCode, planImport, summarizePlan } from '../src/legal-docs/plan-import';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = process.env.CONG_SHARED_DIR ?? resolve(REPO, '../shared');
const REAL_CSV = resolve(SHARED, 'data/legal-docs/sotttt-hanoi-van-ban-phap-quy-896.csv');
const HAS_REAL = existsSync(REAL_CSV);
if (!HAS_REAL) {
  console.warn(`[legal-docs] SKIPPING the real-data tests: ${REAL_CSV} not found (set CONG_SHARED_DIR to the shared folder).`);
}

const VI_HEADER = 'so_ky_hieu,trich_yeu,co_quan_ban_hanh,ngay_ban_hanh,nguoi_ky,loai_van_ban_suy_ra,ghi_chu,file_dinh_kem,portal_id,nguon_trang';
const EN_HEADER = 'documentNumber,summary,issuer,issuedOn,signer,type';

function row(fields: Partial<RawRow> & { line?: number }): RawRow {
  return {
    line: 2,
    documentNumber: '',
    summary: 'Trích yếu',
    issuer: '',
    issuedOn: '01/01/2020',
    signer: '',
    type: '',
    notes: '',
    attachments: '',
    sourceId: '',
    sourceRef: '',
    ...fields,
  };
}

function ok(r: ReturnType<typeof toLegalDocumentInput>) {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.reason}`);
  return r.doc;
}

// ---------------------------------------------------------------------------------------------------------------

describe('parseLegalDocsCsv', () => {
  it('gives each record the line it starts on, across quoted line breaks, CRLF and blank lines', () => {
    const text =
      `${VI_HEADER}\r\n` +
      `1/QĐ-UBND,"Một dòng",UBND tỉnh Bắc Kạn,01/02/2020,,,,,,\r\n` +
      `2/QĐ-UBND,"Hai\r\ndòng, có ""ngoặc""",UBND tỉnh Bắc Kạn,02/02/2020,,,,,,\n` +
      `\n` +
      `3/QĐ-UBND,"Ba\ndòng\nở đây",UBND tỉnh Bắc Kạn,03/02/2020,,,,a.pdf;b.pdf,7,\n` +
      `4/QĐ-UBND,Bốn,UBND tỉnh Bắc Kạn,04/02/2020,,,,,,`;
    const { rows, errors, format } = parseLegalDocsCsv(text);
    expect(errors).toEqual([]);
    expect(format).toBe('vi');
    expect(rows.map((r) => r.line)).toEqual([2, 3, 6, 9]);
    expect(rows[1]!.summary).toBe('Hai\ndòng, có "ngoặc"');
    expect(rows[2]!.attachments).toBe('a.pdf;b.pdf');
    expect(rows[2]!.sourceId).toBe('7');
  });

  it('accepts the English header set, in any column order, and a BOM', () => {
    const text = `\uFEFFissuer,${EN_HEADER.replace(',issuer', '')}\nBộ Y tế,01/2020/TT-BYT,Tóm tắt,2020-01-15,Nguyễn Văn A,Thông tư\n`;
    const { rows, errors, format } = parseLegalDocsCsv(text);
    expect(errors).toEqual([]);
    expect(format).toBe('en');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ line: 2, issuer: 'Bộ Y tế', documentNumber: '01/2020/TT-BYT', issuedOn: '2020-01-15' });
  });

  it('refuses an unknown header with a clear error and reads no row', () => {
    const { rows, errors } = parseLegalDocsCsv(`${VI_HEADER},trang_thai\nx,y,z,01/01/2020,,,,,,,\n`);
    expect(rows).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 1, code: 'unknown-column' });
    expect(errors[0]!.reason).toContain('"trang_thai"');
    expect(errors[0]!.reason).toContain('documentNumber');
    expect(errors[0]!.reasonVi).toContain('Tên cột không hợp lệ');
  });

  it('refuses a header without a required column, or with two columns for one field', () => {
    expect(parseLegalDocsCsv('documentNumber,summary,issuer\n').errors[0]).toMatchObject({ code: 'missing-column' });
    expect(parseLegalDocsCsv(`${EN_HEADER},so_ky_hieu\n`).errors[0]).toMatchObject({ code: 'duplicate-column' });
    expect(parseLegalDocsCsv('').errors[0]).toMatchObject({ code: 'empty-file' });
  });

  it('reports a bad record with its first line and goes on with the next ones', () => {
    const text =
      `${EN_HEADER}\n` +
      `1/QĐ-UBND,ok,UBND tỉnh Bắc Kạn,01/01/2020,,\n` +
      `2/QĐ-UBND,"bad"x,UBND tỉnh Bắc Kạn,01/01/2020,,\n` +
      `3/QĐ-UBND,too,few\n` +
      `4/QĐ-UBND,ok,UBND tỉnh Bắc Kạn,01/01/2020,,\n` +
      `5/QĐ-UBND,"never closed,UBND,01/01/2020,,\n` +
      `6/QĐ-UBND,swallowed,UBND,01/01/2020,,\n`;
    const { rows, errors } = parseLegalDocsCsv(text);
    expect(rows.map((r) => r.line)).toEqual([2, 5]);
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'text-after-quote'],
      [4, 'column-count'],
      [6, 'unterminated-quote'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('canonicalIssuer', () => {
  const keyOf = (s: string) => canonicalIssuer(s)?.key;

  it('collapses the spellings of one body to one key', () => {
    const groups: Record<string, string[]> = {
      'thu-tuong': ['Thủ tướng chính phủ', 'Thủ tướng Chính phủ', 'TTg', 'THỦ TƯỚNG'],
      'chinh-phu': ['Chính phủ', 'CHÍNH PHỦ', 'CP'],
      'quoc-hoi': ['Quốc Hội', 'Quốc hội', 'QH13', 'Quốc hội khóa XIII'],
      ubtvqh: ['Ủy ban Thường vụ Quốc hội', 'Uỷ ban thường vụ Quốc hội', 'UBTVQH', 'UBTVQH13'],
      'bo:thong-tin-va-truyen-thong': [
        'Bộ Thông tin và Truyền thông',
        'Bộ TT&TT',
        'Bộ Thông tin truyền thông',
        'Bộ TTTT',
        'BTTTT',
        'bộ thông tin và truyền thông',
        'Bộ trưởng Bộ Thông tin và Truyền thông',
        'Bộ Thông tin và Truyền thông (BTTTT)',
      ],
      'bo:ke-hoach-va-dau-tu': ['Bộ Kế hoạch và Đầu tư', 'Bộ KH&ĐT', 'BKHĐT', 'BKH&DDT', 'Bộ Kế hoạch Đầu tư'],
      'bo:lao-dong-thuong-binh-va-xa-hoi': ['Bộ Lao động - Thương binh và Xã hội', 'Bộ LĐ-TB&XH', 'BLĐTBXH', 'Bộ Lao động Thương binh Xã hội'],
      'bo:van-hoa-the-thao-va-du-lich': ['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Văn hoá Thể thao và Du lịch', 'BVHTTDL', 'Bộ VH,TT&DL'],
      'bo:buu-chinh-vien-thong': ['Bộ Bưu chính Viễn thông', 'Bộ trưởng Bộ Bưu chính Viễn thông', 'Bộ Bưu chính, Viễn thông', 'BBCVT'],
      'ubnd:ha-noi': [
        'UBND TP Hà Nội',
        'UBND TP. Hà Nội',
        'Ủy ban nhân dân thành phố Hà Nội',
        'Uỷ ban nhân dân Thành phố Hà Nội',
        'UBND Hà Nội',
        'TM. UBND thành phố Hà Nội',
      ],
      'ubnd:bac-kan': ['UBND tỉnh Bắc Kạn', 'Ủy ban nhân dân tỉnh Bắc Kạn', 'UBND Bắc Kạn', 'UBND tỉnh Bắc Cạn'],
      'ubnd:ba-ria-vung-tau': ['UBND tỉnh Bà Rịa - Vũng Tàu', 'UBND tỉnh Bà Rịa-Vũng Tàu', 'Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu'],
      'hdnd:ha-noi': ['HĐND Thành phố Hà Nội', 'Hội đồng nhân dân thành phố Hà Nội', 'HÐND TP Hà Nội'],
      'so:ha-noi:thong-tin-va-truyen-thong': [
        'Sở TT&TT Hà Nội',
        'Sở Thông tin và Truyền thông Hà Nội',
        'Sở Thông tin và Truyền thông thành phố Hà Nội',
        'Sở TTTT TP Hà Nội',
      ],
      'tinh-uy:ha-noi': ['Thành Ủy Hà Nội', 'Thành ủy Hà Nội', 'Thành uỷ Hà Nội'],
      'tinh-uy:ha-noi:ban-tuyen-giao': ['Ban Tuyên giáo Thành Ủy Hà Nội', 'Ban Tuyên giáo Thành ủy Hà Nội'],
      'tw:ban-chap-hanh-trung-uong': ['Ban chấp hành Trung Ương', 'Ban Chấp hành Trung ương Đảng', 'BCH TW'],
      'tw:ban-tuyen-giao': ['Ban Tuyên giáo Trung ương', 'Ban Tuyên giáo TW', 'BTGTW'],
      'ngan-hang-nha-nuoc': ['Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước', 'NHNN'],
    };
    for (const [key, spellings] of Object.entries(groups)) {
      for (const s of spellings) expect([s, keyOf(s)]).toEqual([s, key]);
    }
  });

  it('gives scope and province', () => {
    expect(canonicalIssuer('Thủ tướng chính phủ')).toMatchObject({ scope: 'central', name: 'Thủ tướng Chính phủ' });
    expect(canonicalIssuer('Bộ Công Thương')).toMatchObject({ scope: 'central' });
    expect(canonicalIssuer('Thanh tra Chính phủ')).toMatchObject({ scope: 'central' });
    expect(canonicalIssuer('Văn phòng Chính phủ')).toMatchObject({ scope: 'central' });
    expect(canonicalIssuer('Ủy ban Dân tộc')).toMatchObject({ scope: 'central' });
    expect(canonicalIssuer('Bộ Chính trị')).toMatchObject({ scope: 'central' });
    expect(canonicalIssuer('Ban Bí thư')).toMatchObject({ scope: 'central' });
    expect(canonicalIssuer('Bộ Dân tộc và Tôn giáo')).toMatchObject({ key: 'bo:dan-toc-va-ton-giao', scope: 'central' });
    expect(canonicalIssuer('Bộ Thủy sản')).toMatchObject({ key: 'bo:thuy-san', scope: 'central' });
    expect(canonicalIssuer('UBND TP Hà Nội')).toMatchObject({ scope: 'province', provinceHint: 'Hà Nội', name: 'Ủy ban nhân dân thành phố Hà Nội' });
    expect(canonicalIssuer('Sở TTTT Quảng Ninh')).toMatchObject({ scope: 'province', provinceHint: 'Quảng Ninh' });
    expect(canonicalIssuer('Sở Khoa học và Công nghệ tỉnh Bắc Kạn')).toMatchObject({
      key: 'so:bac-kan:khoa-hoc-va-cong-nghe',
      provinceHint: 'Bắc Kạn',
    });
    expect(canonicalIssuer('Tỉnh ủy Bắc Kạn')).toMatchObject({ key: 'tinh-uy:bac-kan', name: 'Tỉnh ủy Bắc Kạn', scope: 'province' });
    expect(canonicalIssuer('UBND huyện Ba Bể, tỉnh Bắc Kạn')).toMatchObject({ scope: 'local-agency', provinceHint: 'Bắc Kạn' });
    expect(canonicalIssuer('Bộ Chỉ huy Quân sự tỉnh Bắc Kạn')).toMatchObject({ scope: 'local-agency', provinceHint: 'Bắc Kạn' });
    expect(canonicalIssuer('Đảng')).toMatchObject({ scope: 'unknown' });
    expect(canonicalIssuer('')).toBeNull();
    expect(canonicalIssuer('   ')).toBeNull();
  });

  it('is general: an unlisted ministry is central, an unlisted "tỉnh X" keeps its name', () => {
    expect(canonicalIssuer('Bộ Kinh tế Số')).toMatchObject({ key: 'bo:kinh-te-so', scope: 'central' });
    expect(canonicalIssuer('UBND tỉnh Hà Tây')).toMatchObject({ key: 'ubnd:ha-tay', provinceHint: 'Hà Tây' });
    expect(canonicalIssuer('UBND tỉnh Tây Bắc')).toMatchObject({ key: 'ubnd:tay-bac', scope: 'province', provinceHint: 'Tây Bắc' });
  });

  it('handles joint issuers as a sorted list, central when every part is', () => {
    const a = canonicalIssuer('Bộ tài chính - Bộ thông tin truyền thông')!;
    const b = canonicalIssuer('BTTTT-BTC')!;
    expect(a.key).toBe('joint:bo:tai-chinh+bo:thong-tin-va-truyen-thong');
    expect(b.key).toBe(a.key);
    expect(a.scope).toBe('central');
    expect(a.parts!.map((p) => p.name)).toEqual(['Bộ Tài chính', 'Bộ Thông tin và Truyền thông']);
    expect(canonicalIssuer('BTC-BKH&DDT-BTTTT')!.parts).toHaveLength(3);
    expect(canonicalIssuer('Bộ Tài chính và Bộ Y tế')!.key).toBe('joint:bo:tai-chinh+bo:y-te');
    expect(canonicalIssuer('Bộ Văn hóa, Thể thao và Du lịch - Bộ Tài chính')!.parts).toHaveLength(2);
    const mixed = canonicalIssuer('Bộ Tài chính - UBND tỉnh Bắc Kạn')!;
    expect(mixed).toMatchObject({ scope: 'province', provinceHint: 'Bắc Kạn' });
    // Hyphens inside one name do not split it.
    expect(canonicalIssuer('Bộ Lao động - Thương binh và Xã hội')!.parts).toBeUndefined();
    expect(canonicalIssuer('UBND tỉnh Bà Rịa - Vũng Tàu')!.parts).toBeUndefined();
    // A unit abbreviation after the body is not a second issuer.
    expect(canonicalIssuer('BTTTT-CTV')!.key).toBe('bo:thong-tin-va-truyen-thong');
  });

  it('reads the issuer from the document number', () => {
    expect(issuerFromDocumentNumber(documentNumberKey('119/2020/NÐ-CP'))!.key).toBe('chinh-phu');
    expect(issuerFromDocumentNumber(documentNumberKey('749/QĐ-TTg'))!.key).toBe('thu-tuong');
    expect(issuerFromDocumentNumber(documentNumberKey('85/2015/QH13'))!.key).toBe('quoc-hoi');
    expect(issuerFromDocumentNumber(documentNumberKey('12/2022/TT-BTTTT'))!.key).toBe('bo:thong-tin-va-truyen-thong');
    expect(issuerFromDocumentNumber(documentNumberKey('10/2014/PL-UBTVQH13'))!.key).toBe('ubtvqh');
    expect(issuerFromDocumentNumber(documentNumberKey('1800/BTTTT-PTTH&TTÐT'))!.key).toBe('bo:thong-tin-va-truyen-thong');
    expect(issuerFromDocumentNumber(documentNumberKey('27-HD/BTGTW'))!.key).toBe('tw:ban-tuyen-giao');
    expect(issuerFromDocumentNumber(documentNumberKey('07/2012/TTLT-BTTTT-BVHTTDL'))!.parts).toHaveLength(2);
    expect(issuerFromDocumentNumber(documentNumberKey('11675-VP-KGVX'))).toBeUndefined();
    expect(parseDocumentNumber(documentNumberKey('11675-VP-KGVX'))).toMatchObject({ noSlash: true, sequence: '11675' });
    expect(parseDocumentNumber(documentNumberKey('Số: 45/2016/QĐ-TTg'))).toMatchObject({ year: 2016, typeCode: 'QĐ' });
  });

  it('uses the number as evidence when the text is ambiguous, and only then', () => {
    // Unrecognised text.
    expect(resolveIssuer('Đảng', '46/KH-UBND')).toMatchObject({ source: 'number', issuer: { key: 'ubnd:unknown' } });
    // A local body without its province, a central number.
    expect(resolveIssuer('Ban Tuyên giáo Thành ủy', '1767-CV/BTGTW')).toMatchObject({
      source: 'number',
      issuer: { key: 'tw:ban-tuyen-giao', scope: 'central' },
    });
    // Government family: /NĐ-CP → Chính phủ, /QĐ-TTg → Thủ tướng.
    expect(resolveIssuer('Thủ tướng chính phủ', '119/2020/NÐ-CP').issuer!.key).toBe('chinh-phu');
    expect(resolveIssuer('Chính phủ', '749/QĐ-TTg').issuer!.key).toBe('thu-tuong');
    // Assembly family.
    expect(resolveIssuer('Quốc hội', '10/2014/PL-UBTVQH13').issuer!.key).toBe('ubtvqh');
    // Generic Party centre refined, specific Party body kept.
    expect(resolveIssuer('Ban chấp hành Trung Ương', '27-HD/BTGTW').issuer!.key).toBe('tw:ban-tuyen-giao');
    expect(resolveIssuer('Bộ Chính trị', '52-NQ/TW')).toMatchObject({ source: 'text', notes: [] });
    // Joint: the number lists more issuers.
    expect(resolveIssuer('Bộ Tài chính', '22/2012/TTLT-BTC-BCA').issuer!.key).toBe('joint:bo:cong-an+bo:tai-chinh');
    // Agreement with less detail: no note.
    expect(resolveIssuer('UBND TP Hà Nội', '2918/QĐ-UBND')).toMatchObject({ source: 'text', notes: [] });
    expect(resolveIssuer('Sở TT&TT Hà Nội', '18/QÐ-STTTT')).toMatchObject({ source: 'text', notes: [] });
    // A clear text disagreeing with the number is kept, with a note.
    const kept = resolveIssuer('Chính phủ', '03/2017/TT-BTTTT');
    expect(kept.issuer!.key).toBe('chinh-phu');
    expect(kept.notes[0]).toContain('kept although');
    // Empty text: null, with what the number suggests.
    expect(resolveIssuer('', '10/2014/PL-UBTVQH13')).toMatchObject({ issuer: null, fromNumber: { key: 'ubtvqh' } });
  });

  it('compares province names', () => {
    expect(provinceKey('Bắc Kạn')).toBe(provinceKey('tỉnh Bắc Kạn'));
    expect(provinceKey('Bac Kan')).toBe('bac-kan');
    expect(provinceKey('Thừa Thiên Huế')).toBe(provinceKey('Huế'));
    expect(provinceKey('TP. Hồ Chí Minh')).toBe(provinceKey('Hồ Chí Minh'));
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('toLegalDocumentInput', () => {
  it('keeps the number as written and matches on a key with Đ', () => {
    const doc = ok(toLegalDocumentInput(row({ documentNumber: '119/2020/NÐ-CP', issuer: 'Chính phủ', type: 'Nghị định' })));
    expect(doc.documentNumber).toBe('119/2020/N\u00D0-CP');
    expect(doc.documentNumberKey).toBe('119/2020/N\u0110-CP');
    expect(doc.documentNumberKey).toBe(documentNumberKey('119/2020/NĐ-CP'));
    expect(doc.warnings.map((w) => w.code)).toContain('number-confusables');
    expect(documentNumberKey(' 33 / 2011 /TT-BTTTT ')).toBe('33/2011/TT-BTTTT');
    expect(documentNumberKey('107/KH_UBND')).toBe('107/KH-UBND');
    expect(documentNumberKey('Số 07 – TT/TU')).toBe('07-TT/TU');
  });

  it('builds a full document', () => {
    const doc = ok(
      toLegalDocumentInput(
        row({
          line: 7,
          documentNumber: '12/2022/TT-BTTTT',
          summary: '  Quy định   chi tiết ',
          issuer: 'Bộ Thông tin và Truyền thông',
          issuedOn: '12/08/2022',
          signer: 'Nguyễn Mạnh Hùng',
          type: 'Thông tư',
          attachments: 'a.pdf; b.pdf;',
          sourceId: '75369',
          sourceRef: 'sotttt.hanoi.gov.vn/van-ban-phap-quy',
        }),
      ),
    );
    expect(doc).toMatchObject({
      documentNumber: '12/2022/TT-BTTTT',
      type: 'Thông tư',
      kind: 'normative',
      summary: 'Quy định chi tiết',
      issuer: { key: 'bo:thong-tin-va-truyen-thong', name: 'Bộ Thông tin và Truyền thông', scope: 'central' },
      signer: 'Nguyễn Mạnh Hùng',
      issuedOn: '2022-08-12',
      attachments: ['a.pdf', 'b.pdf'],
      sourceRef: 'sotttt.hanoi.gov.vn/van-ban-phap-quy',
      sourceId: '75369',
      line: 7,
      dedupeKey: '12/2022/TT-BTTTT|bo:thong-tin-va-truyen-thong|2022',
    });
    expect(doc.issuers).toBeUndefined();
    expect(doc.warnings).toEqual([]);
  });

  it('accepts an empty summary with a warning (documented choice)', () => {
    const doc = ok(toLegalDocumentInput(row({ documentNumber: '85/2015/QH13', summary: '', issuer: 'Quốc Hội', issuedOn: '25/06/2015', type: 'Luật' })));
    expect(doc.summary).toBe('');
    expect(doc.kind).toBe('normative');
    expect(doc.warnings.map((w) => w.code)).toEqual(['summary-missing']);
  });

  it('rejects a row without issuer, date, valid date or number, with English and Vietnamese reasons', () => {
    const noIssuer = toLegalDocumentInput(row({ line: 9, documentNumber: '10/2014/PL-UBTVQH13', issuer: '' }));
    expect(noIssuer).toMatchObject({ ok: false, line: 9, code: 'missing-issuer' });
    if (!noIssuer.ok) {
      expect(noIssuer.reason).toContain('Ủy ban Thường vụ Quốc hội');
      expect(noIssuer.reasonVi).toContain('Thiếu cơ quan ban hành');
    }
    expect(toLegalDocumentInput(row({ documentNumber: '1/QĐ-UBND', issuer: 'UBND tỉnh Bắc Kạn', issuedOn: '31/02/2023' }))).toMatchObject({
      ok: false,
      code: 'invalid-date',
    });
    expect(toLegalDocumentInput(row({ documentNumber: '1/QĐ-UBND', issuer: 'UBND tỉnh Bắc Kạn', issuedOn: '2023' }))).toMatchObject({
      ok: false,
      code: 'invalid-date',
    });
    expect(toLegalDocumentInput(row({ documentNumber: '1/QĐ-UBND', issuer: 'UBND tỉnh Bắc Kạn', issuedOn: '' }))).toMatchObject({
      ok: false,
      code: 'missing-date',
    });
    expect(toLegalDocumentInput(row({ documentNumber: ' ', issuer: 'UBND tỉnh Bắc Kạn' }))).toMatchObject({
      ok: false,
      code: 'missing-document-number',
    });
    expect(toLegalDocumentInput(row({ documentNumber: '5/ABC', issuer: 'Hội Nhà báo' }))).toMatchObject({
      ok: false,
      code: 'issuer-unrecognised',
    });
    // Several problems: the first code, every reason.
    const both = toLegalDocumentInput(row({ documentNumber: '1/QĐ-UBND', issuer: '', issuedOn: 'x' }));
    expect(both).toMatchObject({ ok: false, code: 'missing-issuer' });
    if (!both.ok) expect(both.reason).toContain('not a valid date');
  });

  it('classifies the kind by form and number (Law 80/2015/QH13 Art. 4; Law 64/2025/QH15 Art. 4)', () => {
    const gov = { key: 'chinh-phu' };
    const ubnd = { key: 'ubnd:ha-noi' };
    expect(classifyKind('Luật', '85/2015/QH13', { key: 'quoc-hoi' })).toBe('normative');
    expect(classifyKind('Nghị định', '119/2020/NĐ-CP', gov)).toBe('normative');
    expect(classifyKind('Thông tư', '12/2022/TT-BTTTT', gov)).toBe('normative');
    expect(classifyKind('Quyết định', '18/2020/QĐ-UBND', ubnd)).toBe('normative');
    expect(classifyKind('Quyết định', '2918/QĐ-UBND', ubnd)).toBe('directive');
    expect(classifyKind('Nghị quyết', '08/2020/NQ-HĐND', ubnd)).toBe('normative');
    expect(classifyKind('Nghị quyết', '79/NQ-CP', gov)).toBe('directive');
    expect(classifyKind('Chỉ thị', '37/2006/CT-TTG', { key: 'thu-tuong' })).toBe('normative');
    expect(classifyKind('Chỉ thị', '15/CT-TTG', { key: 'thu-tuong' })).toBe('directive');
    for (const t of ['Công văn', 'Kế hoạch', 'Thông báo', 'Công điện', 'Báo cáo', 'Hướng dẫn', 'Chương trình', 'Kết luận']) {
      expect([t, classifyKind(t, '1/2020/KH-UBND', ubnd)]).toEqual([t, 'directive']);
    }
    expect(classifyKind('Chỉ thị', '58-CT/TW', { key: 'tw:ban-chap-hanh-trung-uong' })).toBe('directive');
  });

  it('reads a number without "/" and infers the type', () => {
    const doc = ok(toLegalDocumentInput(row({ documentNumber: '11675-VP-KGVX', issuer: 'UBND TP Hà Nội', issuedOn: '07/12/2016' })));
    expect(doc.documentNumber).toBe('11675-VP-KGVX');
    expect(doc.documentNumberKey).toBe('11675-VP-KGVX');
    expect(doc.type).toBe('Công văn');
    expect(doc.kind).toBe('directive');
    expect(doc.issuer.key).toBe('ubnd:ha-noi');
    expect(doc.warnings.map((w) => w.code).sort()).toEqual(['number-without-slash', 'type-inferred']);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('planImport (hand-made rows)', () => {
  const rows: RawRow[] = [
    row({ line: 2, documentNumber: '1/2024/TT-BTTTT', issuer: 'Bộ TT&TT', type: 'Thông tư', issuedOn: '01/02/2024' }),
    row({ line: 3, documentNumber: '01/2024/TT-BTTTT', issuer: 'Bộ Thông tin và Truyền thông', type: 'Thông tư', issuedOn: '01/02/2024' }),
    row({ line: 4, documentNumber: '1/2024/TT-BTTTT', issuer: 'BTTTT', type: 'Thông tư', issuedOn: '01/03/2024' }),
    row({ line: 5, documentNumber: '306/STTTT-TrT', issuer: 'Sở TT&TT Bắc Kạn', issuedOn: '05/05/2016' }),
    row({ line: 6, documentNumber: '306/STTTT-TrT', issuer: 'Sở Thông tin và Truyền thông tỉnh Bắc Kạn', issuedOn: '06/06/2017' }),
    row({ line: 7, documentNumber: '10/QĐ-UBND', issuer: 'UBND TP Hà Nội', issuedOn: '01/01/2020' }),
    row({ line: 8, documentNumber: '11/QĐ-UBND', issuer: '', issuedOn: '01/01/2020' }),
    row({ line: 9, documentNumber: '12/QĐ-UBND', issuer: 'UBND', issuedOn: '01/01/2020' }),
  ];
  const parseErrors = [{ line: 10, code: 'column-count' as const, reason: '3 fields', reasonVi: '3 cột' }];

  it('central site: central rows imported, province rows skipped, duplicates skipped, bad rows rejected', () => {
    const plan = planImport(rows, { siteScope: 'central', existingKeys: new Set(), parseErrors });
    expect(plan.toImport.map((d) => d.line)).toEqual([2, 3]);
    expect(plan.skipped.map((s) => [s.line, s.code])).toEqual([
      [4, 'duplicate-in-file'],
      [5, 'other-province'],
      [6, 'other-province'],
      [7, 'other-province'],
      [9, 'province-unknown'],
    ]);
    expect(plan.skipped[0]!.reason).toContain('line 2');
    expect(plan.skipped[0]!.reason).toContain('dates differ');
    expect(plan.rejected.map((r) => [r.line, r.code])).toEqual([
      [8, 'missing-issuer'],
      [10, 'column-count'],
    ]);
    expect(summarizePlan(plan).records).toBe(rows.length + parseErrors.length);
  });

  it('province site: its own rows (numbers repeating across years are different documents)', () => {
    const plan = planImport(rows, { siteScope: { province: 'tỉnh Bắc Kạn' }, existingKeys: new Set() });
    expect(plan.toImport.map((d) => d.line)).toEqual([5, 6]);
    expect(countByCode(plan.skipped)).toEqual({ 'central-not-in-scope': 3, 'other-province': 1, 'province-unknown': 1 });
    const withCentral = planImport(rows, { siteScope: { province: 'Bắc Kạn', includeCentral: true }, existingKeys: new Set() });
    expect(withCentral.toImport.map((d) => d.line)).toEqual([2, 3, 5, 6]);
  });

  it('re-planning with the imported keys imports nothing twice', () => {
    const first = planImport(rows, { siteScope: 'central', existingKeys: new Set() });
    const again = planImport(rows, { siteScope: 'central', existingKeys: new Set(first.toImport.map((d) => d.dedupeKey)) });
    expect(again.toImport).toEqual([]);
    expect(countByCode(again.skipped)['already-imported']).toBe(3);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe.skipIf(!HAS_REAL)('the real 896-row file (sotttt.hanoi.gov.vn)', () => {
  const text = HAS_REAL ? readFileSync(REAL_CSV, 'utf8') : '';
  const parsed = parseLegalDocsCsv(text);
  const { rows } = parsed;
  const plan = planImport(rows, { siteScope: 'central', existingKeys: new Set(), parseErrors: parsed.errors });

  it('reads every record with its line', () => {
    const physicalLines = text.split(/\r\n|\n|\r/).length - (text.endsWith('\n') ? 1 : 0);
    expect(parsed.errors).toEqual([]);
    expect(parsed.format).toBe('vi');
    expect(rows).toHaveLength(896);
    expect(rows[0]!.line).toBe(2);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]!.line).toBeGreaterThan(rows[i - 1]!.line);
    expect(rows.at(-1)!.line).toBeLessThanOrEqual(physicalLines);
    // Each record's line really starts with its number.
    const lines = text.split(/\r\n|\n|\r/);
    for (const r of rows) expect(lines[r.line - 1]!.startsWith(r.documentNumber.includes(',') ? '"' : r.documentNumber.split(' ')[0]!)).toBe(true);
  });

  it('accounts for every row: imported + skipped + rejected = rows', () => {
    const s = summarizePlan(plan);
    console.log(
      `[legal-docs] real file, site scope central (Sở TT&TT Bắc Kạn demo): rows ${rows.length}, to import ${s.toImport}, ` +
        `skipped ${JSON.stringify(s.skipped)}, rejected ${JSON.stringify(s.rejected)}`,
    );
    expect(s.records).toBe(rows.length);
    const lines = [...plan.toImport, ...plan.skipped, ...plan.rejected].map((x) => x.line);
    expect(new Set(lines).size).toBe(rows.length);
  });

  it('rejects exactly the rows without issuer', () => {
    const noIssuer = rows.filter((r) => r.issuer.trim() === '').map((r) => r.line);
    expect(noIssuer).toHaveLength(1);
    expect(plan.rejected.map((r) => r.line)).toEqual(noIssuer);
    expect(plan.rejected[0]).toMatchObject({ code: 'missing-issuer', documentNumber: '10/2014/PL-UBTVQH13' });
  });

  it("skips exactly the rows of another province's authorities, with that reason", () => {
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
    const provincial = rows.filter((r) => /ha noi|quang ninh/.test(fold(r.issuer))).map((r) => r.line);
    const other = plan.skipped.filter((s) => s.code === 'other-province');
    expect(other.map((s) => s.line)).toEqual(provincial);
    expect(other.length).toBe(352);
    expect(other.every((s) => s.reason.includes('central bodies only'))).toBe(true);
    // "Đảng" + number 46/KH-UBND: a People's Committee whose province is not stated.
    expect(plan.skipped.filter((s) => s.code === 'province-unknown').map((s) => s.documentNumber)).toEqual(['46/KH-UBND']);
  });

  it('imports only central documents, each key once; duplicates point to the kept line', () => {
    expect(plan.toImport.every((d) => d.issuer.scope === 'central')).toBe(true);
    const keys = plan.toImport.map((d) => d.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);
    const byKey = new Map(plan.toImport.map((d) => [d.dedupeKey, d] as const));
    const dups = plan.skipped.filter((s) => s.code === 'duplicate-in-file');
    for (const d of dups) {
      const kept = byKey.get(d.dedupeKey!)!;
      expect(kept.line).toBeLessThan(d.line);
      expect(d.reason).toContain(`line ${kept.line}`);
    }
    // In-scope valid rows = imported + in-file duplicates.
    const inScope = rows.map((r) => toLegalDocumentInput(r)).filter((r) => r.ok && r.doc.issuer.scope === 'central');
    expect(inScope.length).toBe(plan.toImport.length + dups.length);
    // Same number listed twice with different dates (year key, not date key): 16/2012/QĐ-TTg 03/08 vs 08/03.
    const swapped = dups.find((d) => d.documentNumber === '16/2012/QĐ-TTg')!;
    expect(swapped.reason).toContain('dates differ');
    const dateKeyDistinct = new Set(inScope.map((r) => (r.ok ? `${r.doc.documentNumberKey}|${r.doc.issuer.key}|${r.doc.issuedOn}` : ''))).size;
    console.log(
      `[legal-docs] in-file duplicates among central rows: ${dups.length} with the year key; ` +
        `a full-date key would catch only ${inScope.length - dateKeyDistinct}`,
    );
    expect(dateKeyDistinct).toBeGreaterThan(plan.toImport.length);
  });

  it('re-planning with the imported keys imports nothing', () => {
    const again = planImport(rows, {
      siteScope: 'central',
      existingKeys: new Set(plan.toImport.map((d) => d.dedupeKey)),
      parseErrors: parsed.errors,
    });
    expect(again.toImport).toEqual([]);
    const counts = countByCode(again.skipped);
    expect(counts['already-imported']).toBe(plan.toImport.length + (countByCode(plan.skipped)['duplicate-in-file'] ?? 0));
    expect(summarizePlan(again).records).toBe(rows.length);
  });

  it('keeps the 28 numbers written with Ð (U+00D0) and matches them with Đ', () => {
    const eth = rows.filter((r) => r.documentNumber.includes('\u00D0'));
    expect(eth).toHaveLength(28);
    expect(eth.every((r) => r.notes.includes('U+00D0'))).toBe(true);
    for (const r of eth) {
      const doc = ok(toLegalDocumentInput(r));
      expect(doc.documentNumber).toBe(r.documentNumber);
      expect(doc.documentNumber).toContain('\u00D0');
      expect(doc.documentNumberKey).not.toContain('\u00D0');
      expect(doc.documentNumberKey).toContain('\u0110');
      expect(doc.documentNumberKey).toBe(documentNumberKey(r.documentNumber.replaceAll('\u00D0', '\u0110')));
    }
  });

  it('imports 85/2015/QH13 without summary, as documented', () => {
    const r = rows.find((x) => x.documentNumber === '85/2015/QH13')!;
    expect(r.summary).toBe('');
    const doc = plan.toImport.find((d) => d.documentNumber === '85/2015/QH13')!;
    expect(doc).toMatchObject({ summary: '', type: 'Luật', kind: 'normative', issuer: { key: 'quoc-hoi' } });
    expect(doc.warnings.map((w) => w.code)).toContain('summary-missing');
  });

  it('handles 11675-VP-KGVX (no "/"): a Hà Nội document, imported by a Hà Nội site', () => {
    const r = rows.find((x) => x.documentNumber === '11675-VP-KGVX')!;
    expect(plan.skipped.find((s) => s.line === r.line)!.code).toBe('other-province');
    const hanoi = planImport(rows, { siteScope: { province: 'Hà Nội' }, existingKeys: new Set() });
    const doc = hanoi.toImport.find((d) => d.line === r.line)!;
    expect(doc).toMatchObject({ type: 'Công văn', kind: 'directive', issuedOn: '2016-12-07', issuer: { key: 'ubnd:ha-noi' } });
    const s = summarizePlan(hanoi);
    console.log(
      `[legal-docs] real file, site scope Hà Nội: to import ${s.toImport}, skipped ${JSON.stringify(s.skipped)}, rejected ${JSON.stringify(s.rejected)}`,
    );
    expect(s.skipped['other-province']).toBe(1); // Sở TTTT Quảng Ninh
    expect(hanoi.toImport.every((d) => d.issuer.provinceHint === 'Hà Nội')).toBe(true);
    const bacKan = planImport(rows, { siteScope: { province: 'Bắc Kạn' }, existingKeys: new Set() });
    expect(bacKan.toImport).toEqual([]);
  });

  it('collapses issuer variants', () => {
    const raw = new Set(rows.map((r) => r.issuer.trim()).filter((s) => s !== ''));
    const byText = new Map<string, string>();
    for (const s of raw) byText.set(s, canonicalIssuer(s)!.key);
    const textKeys = new Set(byText.values());
    const docs = rows.map((r) => toLegalDocumentInput(r)).flatMap((r) => (r.ok ? [r.doc] : []));
    const finalKeys = new Set(docs.map((d) => d.issuer.key));
    console.log(
      `[legal-docs] distinct issuers: ${raw.size} as written, ${textKeys.size} after canonicalising the text, ` +
        `${finalKeys.size} after using the number as evidence`,
    );
    // The spellings that collapse in this file (4 merges).
    expect(byText.get('Thành Ủy Hà Nội')).toBe(byText.get('Thành ủy Hà Nội'));
    expect(byText.get('Bộ Bưu chính Viễn thông')).toBe(byText.get('Bộ trưởng Bộ Bưu chính Viễn thông'));
    expect(byText.get('Bộ tài chính - Bộ thông tin truyền thông')).toBe(byText.get('BTTTT-BTC'));
    expect(byText.get('BTTTT-CTV')).toBe(byText.get('Bộ Thông tin và Truyền thông'));
    expect(textKeys.size).toBe(raw.size - 4);
    // Every text is recognised except "Đảng".
    expect([...byText].filter(([, k]) => k.startsWith('unknown:')).map(([s]) => s)).toEqual(['Đảng']);
    // Joint issuers are central lists.
    for (const d of docs.filter((x) => x.issuers)) {
      expect(d.issuers!.length).toBeGreaterThan(1);
      expect(d.issuer.scope).toBe('central');
    }
    // Thủ tướng / Chính phủ decided by the number.
    for (const d of docs) {
      if (/\/(QĐ|CT|CĐ)-TTG$/u.test(d.documentNumberKey)) expect([d.line, d.issuer.key]).toEqual([d.line, 'thu-tuong']);
      if (/\/NĐ-CP$/u.test(d.documentNumberKey)) expect([d.line, d.issuer.key]).toEqual([d.line, 'chinh-phu']);
    }
    // "Ban Tuyên giáo Thành ủy" (no province) + 1767-CV/BTGTW → Ban Tuyên giáo Trung ương, imported.
    expect(plan.toImport.find((d) => d.documentNumber === '1767-CV/BTGTW')!.issuer.key).toBe('tw:ban-tuyen-giao');
  });
});
