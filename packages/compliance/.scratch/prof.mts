import { extractPageFacts } from '../src/extract/index.ts';
import * as cheerio from 'cheerio';
const page = `<html><body><main>${Array.from({ length: 10_000 }, (_, i) => `<a href="/p/${i}">Trang ${i}</a>`).join('')}</main></body></html>`;
let t0 = performance.now(); const $ = cheerio.load(page); console.log('load', performance.now() - t0);
t0 = performance.now(); $('a[href]').each((_, el) => { $(el).text(); }); console.log('text each', performance.now() - t0);
t0 = performance.now(); $('a[href]').each((_, el) => { $(el).find('img').first(); }); console.log('find img', performance.now() - t0);
t0 = performance.now(); $('a[href]').each((_, el) => { $(el).parent().attr('class'); }); console.log('parent', performance.now() - t0);
t0 = performance.now(); $('a, button, iframe, input[type=button], [onclick], [class*=share], [class*=zalo], [class*=print], [class*=addthis], [class*=a2a]').each(() => {}); console.log('share sel', performance.now() - t0);
t0 = performance.now(); $('input').each((_, el) => { $(el).closest('form'); }); console.log('inputs', performance.now() - t0);
for (let i = 0; i < 3; i++) { t0 = performance.now(); extractPageFacts(page, 'http://127.0.0.1:9/', ['127.0.0.1:9']); console.log('total', performance.now() - t0); }
