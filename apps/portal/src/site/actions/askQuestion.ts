'use server';
/**
 * A citizen's question from the form on `hoi-dap` (a Server Action: the plain HTML form posts it, no
 * JavaScript needed). The question is stored as a Feedback **draft** with moderation "pending" on the
 * site the form belongs to; nothing is published: editors answer and publish it in the admin.
 *
 * Why `overrideAccess: true`: Feedback's create access admits site roles only, and opening it to
 * anonymous REST writes would let anyone set any field. Here the server decides every field: the site
 * comes from the form's own path (not from a posted id), only name, e-mail, phone, title and question
 * are taken from the visitor, with length limits; status, moderation and answers are fixed.
 * Bots filling the hidden `website` field are dropped silently. Errors return to the form with a
 * code (`?loi=`), success with `?da-gui=1` (Vietnamese and English texts in pages/QA.tsx).
 */
import { redirect } from 'next/navigation';
import { findSiteBySlug, payload, type Locale } from '../data';

/** `/hoi-dap`, `/en/hoi-dap`, `/<site>/hoi-dap`, `/en/<site>/hoi-dap`. */
const BACK = /^(\/en)?(?:\/([a-z0-9-]+))?\/hoi-dap$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const field = (form: FormData, name: string, max: number): string => String(form.get(name) ?? '').normalize('NFC').trim().slice(0, max);

export async function askQuestion(form: FormData): Promise<void> {
  const back = String(form.get('back') ?? '');
  const m = BACK.exec(back);
  if (!m) redirect('/hoi-dap');
  const locale: Locale = m[1] ? 'en' : 'vi';
  const done = (params: string) => redirect(`${back}?${params}#gui-cau-hoi`);
  if (field(form, 'website', 200)) done('da-gui=1');
  const askerName = field(form, 'ho-ten', 120);
  const title = field(form, 'tieu-de', 250);
  const question = field(form, 'cau-hoi', 5000);
  const email = field(form, 'email', 200);
  const phone = field(form, 'dien-thoai', 30);
  if (askerName.length < 2 || title.length < 5 || question.length < 10) done('loi=thieu-thong-tin');
  if (email && !EMAIL.test(email)) done('loi=email');
  if (phone && !/^[\d\s+().-]{8,30}$/.test(phone)) done('loi=dien-thoai');
  if (form.get('dong-y') !== 'co') done('loi=dong-y');
  const p = await payload();
  const slug = m[2];
  const site = slug ? await findSiteBySlug(slug, locale) : (await p.find({ collection: 'sites', where: { level: { equals: 'province' } }, limit: 1, depth: 0, overrideAccess: false })).docs[0];
  if (!site) done('loi=trang');
  try {
    await p.create({
      collection: 'feedback',
      locale,
      draft: true,
      overrideAccess: true,
      depth: 0,
      data: { site: site!.id, askerName, askerEmail: email || undefined, askerPhone: phone || undefined, title, question, receivedAt: new Date().toISOString(), moderation: 'pending', _status: 'draft' } as never,
    });
  } catch (err) {
    console.error(`askQuestion: could not store the question for ${back}: ${(err as Error).message}`);
    done('loi=he-thong');
  }
  done('da-gui=1');
}
