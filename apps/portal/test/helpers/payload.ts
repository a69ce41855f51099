/** A migrated Payload instance on this test file's own database (see env.ts). */
import './env';
import { prepareDatabase } from './env';
import type { Payload } from 'payload';

let instance: Promise<Payload> | undefined;

export function testPayload(): Promise<Payload> {
  instance ??= (async () => {
    await prepareDatabase();
    const { getCongPayload } = await import('../../src/lib/payload');
    return getCongPayload();
  })();
  return instance;
}
