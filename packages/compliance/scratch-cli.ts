import { startFixtureSite } from './test/helpers/fixture-site.ts';
import { main } from './src/cli/main.ts';
process.env.CONG_SHARED_DIR ??= '/work/shared';
const site = await startFixtureSite();
let out = '';
const code = await main([site.url, '--on', '2022-08-27', '--level', 'department', '--format', process.argv[2] ?? 'text', '--max-pages', '80'], { stdout: { write: (s: string) => (out += s) }, stderr: process.stderr });
console.log(out.slice(0, Number(process.argv[3] ?? 6000)));
console.log('EXIT', code);
await site.close();
