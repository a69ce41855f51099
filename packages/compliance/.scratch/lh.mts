import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import http from 'node:http';
const srv = http.createServer((req, res) => { res.writeHead(200, {'content-type':'text/html; charset=utf-8'}); res.end('<!doctype html><html lang="vi"><head><title>T</title><meta name="viewport" content="width=device-width"></head><body><h1>Xin chào</h1><p>Nội dung.</p></body></html>'); });
await new Promise<void>(r => srv.listen(0, '127.0.0.1', r));
const port = (srv.address() as any).port;
const t0 = Date.now();
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'], logLevel: 'silent' });
console.log('launched', Date.now() - t0);
for (let i = 0; i < 2; i++) {
  const t1 = Date.now();
  const r = await lighthouse(`http://127.0.0.1:${port}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = r!.lhr.audits;
  console.log('run', Date.now() - t1, a['first-contentful-paint'].numericValue, a['largest-contentful-paint'].numericValue, a['speed-index'].numericValue, a['total-blocking-time'].numericValue, r!.lhr.runtimeError, r!.lhr.runWarnings);
}
chrome.kill(); srv.close();
