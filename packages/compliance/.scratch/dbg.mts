import { readFileSync } from 'node:fs';
import { extractPageFacts, findDates } from '../src/extract/index.ts';
const html = readFileSync('/work/shared/fixtures/html/sotttt.hanoi.gov.vn__van-ban-phap-quy-list-p26-en.html', 'utf8');
const f = extractPageFacts(html, 'http://127.0.0.1:8/en/x.html', ['127.0.0.1:8']);
console.log(f.dates.length, (f.mainText.match(/\d{1,2}\/\d{1,2}\/\d{4}/g) ?? []).length);
console.log(findDates(f.mainText).length);
const i = f.mainText.indexOf('14/03/2014'); console.log(JSON.stringify(f.mainText.slice(i - 100, i + 300)));
