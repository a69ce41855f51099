/**
 * Demo accounts: one per role, on two commune sites, so a visitor can try every role. Passwords
 * are random per install (or CONG_DEMO_PASSWORD) and written to `<data>/demo-credentials.txt`.
 * Idempotent: an existing account (by e-mail) is left as it is.
 */
import crypto from 'node:crypto';
import type { Payload } from 'payload';

export interface DemoAccount { email: string; name: string; role: string; site?: string }

export async function ensureDemoUsers(payload: Payload, sites: { first: { id: number | string; slug: string; name: string }; second: { id: number | string; slug: string; name: string } }, password = process.env.CONG_DEMO_PASSWORD ?? crypto.randomBytes(9).toString('base64url')): Promise<{ password: string; accounts: DemoAccount[]; created: number }> {
  const { first, second } = sites;
  const accounts: (DemoAccount & { data: Record<string, unknown> })[] = [
    { email: 'quantri@demo.cong.vn', name: 'Quản trị hệ thống (mẫu)', role: 'superAdmin', data: { roles: ['superAdmin'] } },
    { email: 'sotttt@demo.cong.vn', name: 'Sở TT&TT — quản lý nhà nước (mẫu)', role: 'regulator', data: { roles: ['regulator'] } },
    ...(['siteAdmin', 'chiefEditor', 'editor', 'contributor'] as const).map((role) => ({
      email: `${role.toLowerCase()}.${first.slug}@demo.cong.vn`,
      name: `${role} — ${first.name} (mẫu)`,
      role,
      site: first.name,
      data: { siteRoles: [{ site: first.id, role }] },
    })),
    { email: `contributor.${second.slug}@demo.cong.vn`, name: `contributor — ${second.name} (mẫu)`, role: 'contributor', site: second.name, data: { siteRoles: [{ site: second.id, role: 'contributor' }] } },
  ];
  let created = 0;
  for (const a of accounts) {
    const exists = await payload.find({ collection: 'users', where: { email: { equals: a.email } }, limit: 1, depth: 0 });
    if (exists.docs.length) continue;
    await payload.create({ collection: 'users', data: { email: a.email, password, name: a.name, ...a.data } as never });
    created++;
  }
  return { password, accounts: accounts.map(({ data: _d, ...rest }) => rest), created };
}
