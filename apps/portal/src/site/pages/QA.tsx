/**
 * Questions and answers, `hoi-dap`: the site's answered questions (Feedback published with moderation
 * "answered"), newest answer first, `?trang=N`; `hoi-dap/<id>` shows one question with its answer.
 * Contact details of the asker are never read (field access: staff only). The list ends with a form to
 * ask a question (actions/askQuestion.ts: stored as a pending draft for the editors; works without JS).
 */
import React from 'react';
import { RichText } from '@payloadcms/richtext-lexical/react';
import { findPublished, findPublishedOne } from '../data';
import { formatDate, t, tr } from '../i18n';
import { href } from '../paths';
import { Pagination, pageParam } from '../components/Pagination';
import { askQuestion } from '../actions/askQuestion';
import type { Locale, SiteDoc } from '../data';
import type { AnyDoc, PageResult, RouteContext } from '../types';

const ANSWERED = { moderation: { equals: 'answered' } } as const;

export async function QAListPage({ site, locale, query }: RouteContext): Promise<PageResult | null> {
  const page = pageParam(query);
  const list = await findPublished<AnyDoc>('feedback', site, locale, { limit: 20, page, sort: '-answeredAt', depth: 0, where: ANSWERED });
  if (page > list.totalPages) return null;
  const title = tr(locale, 'Hỏi đáp', 'Questions and answers');
  return {
    title,
    sample: list.docs.some((d) => d.sampleData),
    node: (
      <section aria-labelledby="list-heading">
        <h1 id="list-heading">{title}</h1>
        <p className="meta">{tr(locale, `${list.totalDocs} câu hỏi đã được trả lời`, `${list.totalDocs} answered ${list.totalDocs === 1 ? 'question' : 'questions'}`)}</p>
        {list.docs.length ? (
          <ul className="news-list">
            {list.docs.map((q) => (
              <li key={q.id}>
                <a href={href(site, locale, ['hoi-dap', q.id])}>{q.title}</a>
                <span className="meta">
                  {' '}
                  — {q.askerName}
                  {q.answeredAt ? tr(locale, `, trả lời ngày ${formatDate(q.answeredAt)}`, `, answered on ${formatDate(q.answeredAt)}`) : ''}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t(locale).noItems}</p>
        )}
        <Pagination page={page} totalPages={list.totalPages} locale={locale} hrefFor={(n) => href(site, locale, ['hoi-dap'], { trang: n > 1 ? n : undefined })} />
        <QuestionForm site={site} locale={locale} query={query} />
      </section>
    ),
  };
}

export async function QAPage({ site, locale, rest }: RouteContext): Promise<PageResult | null> {
  if (!/^\d+$/.test(rest[1])) return null;
  const q = await findPublishedOne<AnyDoc>('feedback', site, locale, { and: [{ id: { equals: rest[1] } }, ANSWERED] });
  if (!q) return null;
  return {
    title: q.title,
    sample: Boolean(q.sampleData),
    node: (
      <article className="page qa">
        <p className="breadcrumb">
          <a href={href(site, locale, ['hoi-dap'])}>{tr(locale, 'Hỏi đáp', 'Questions and answers')}</a>
        </p>
        <h1>{q.title}</h1>
        <p className="meta">
          {tr(locale, 'Người hỏi', 'Asked by')}: {q.askerName}
          {q.receivedAt ? ` · ${tr(locale, 'Ngày gửi', 'Received')}: ${formatDate(q.receivedAt)}` : ''}
        </p>
        <h2>{tr(locale, 'Câu hỏi', 'Question')}</h2>
        <p className="question">{q.question}</p>
        <h2>{tr(locale, 'Trả lời', 'Answer')}</h2>
        {q.answer && <RichText data={q.answer} />}
        <p className="meta">
          {q.answeredBy ? `${q.answeredBy}` : ''}
          {q.answeredAt ? ` · ${formatDate(q.answeredAt)}` : ''}
        </p>
      </article>
    ),
  };
}

const ERRORS: Record<string, [string, string]> = {
  'thieu-thong-tin': ['Vui lòng nhập họ tên, tiêu đề (ít nhất 5 ký tự) và nội dung câu hỏi (ít nhất 10 ký tự).', 'Please give your name, a subject (at least 5 characters) and your question (at least 10 characters).'],
  email: ['Địa chỉ thư điện tử không hợp lệ.', 'The e-mail address is not valid.'],
  'dien-thoai': ['Số điện thoại không hợp lệ.', 'The phone number is not valid.'],
  'dong-y': ['Vui lòng đánh dấu ô đồng ý cho phép xử lý thông tin cá nhân để trả lời câu hỏi.', 'Please tick the box allowing us to process your personal data to answer you.'],
  trang: ['Không xác định được trang nhận câu hỏi.', 'The site receiving the question could not be determined.'],
  'he-thong': ['Hệ thống chưa lưu được câu hỏi. Xin vui lòng thử lại sau.', 'Your question could not be saved. Please try again later.'],
};

/** The question form (plain POST through a Server Action); shows the outcome of the last submission. */
function QuestionForm({ site, locale, query }: { site: SiteDoc; locale: Locale; query: Record<string, string> }) {
  const error = query.loi ? ERRORS[query.loi] ?? ERRORS['he-thong'] : null;
  return (
    <section id="gui-cau-hoi" aria-labelledby="ask-heading" className="ask">
      <h2 id="ask-heading">{tr(locale, 'Gửi câu hỏi', 'Ask a question')}</h2>
      {query['da-gui'] === '1' && (
        <p className="notice" role="status">
          {tr(locale, 'Cảm ơn bạn. Câu hỏi đã được gửi; câu trả lời sẽ được đăng tại đây sau khi cơ quan xem xét.', 'Thank you. Your question has been sent; the answer will be published here once the agency has reviewed it.')}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error[locale === 'vi' ? 0 : 1]}
        </p>
      )}
      <p>
        {tr(locale, 'Các ô có dấu * là bắt buộc. Thông tin liên hệ của bạn không được công bố; xem ', 'Fields marked * are required. Your contact details are never published; see the ')}
        <a href={href(site, locale, ['chinh-sach-bao-ve-du-lieu-ca-nhan'])}>{tr(locale, 'Chính sách bảo vệ dữ liệu cá nhân', 'privacy policy')}</a>.
      </p>
      <form action={askQuestion} className="filters ask-form">
        <input type="hidden" name="back" value={href(site, locale, ['hoi-dap'])} />
        <div className="field">
          <label htmlFor="q-ho-ten">{tr(locale, 'Họ và tên *', 'Full name *')}</label>
          <input id="q-ho-ten" name="ho-ten" required minLength={2} maxLength={120} autoComplete="name" />
        </div>
        <div className="field">
          <label htmlFor="q-email">{tr(locale, 'Thư điện tử', 'E-mail')}</label>
          <input id="q-email" name="email" type="email" maxLength={200} autoComplete="email" />
        </div>
        <div className="field">
          <label htmlFor="q-dien-thoai">{tr(locale, 'Điện thoại', 'Phone')}</label>
          <input id="q-dien-thoai" name="dien-thoai" type="tel" maxLength={30} autoComplete="tel" />
        </div>
        <div className="field wide">
          <label htmlFor="q-tieu-de">{tr(locale, 'Tiêu đề *', 'Subject *')}</label>
          <input id="q-tieu-de" name="tieu-de" required minLength={5} maxLength={250} />
        </div>
        <div className="field wide">
          <label htmlFor="q-cau-hoi">{tr(locale, 'Nội dung câu hỏi *', 'Your question *')}</label>
          <textarea id="q-cau-hoi" name="cau-hoi" required minLength={10} maxLength={5000} rows={6} />
        </div>
        <div className="hp" aria-hidden="true">
          <label htmlFor="q-website">Website</label>
          <input id="q-website" name="website" tabIndex={-1} autoComplete="off" />
        </div>
        <div className="field wide check">
          <input id="q-dong-y" name="dong-y" type="checkbox" value="co" required />
          <label htmlFor="q-dong-y">
            {tr(locale, 'Tôi đồng ý để cơ quan xử lý họ tên, thư điện tử và số điện thoại của tôi nhằm trả lời câu hỏi này. *', 'I agree that the agency processes my name, e-mail and phone to answer this question. *')}
          </label>
        </div>
        <div className="actions">
          <button type="submit">{tr(locale, 'Gửi câu hỏi', 'Send question')}</button>
        </div>
      </form>
    </section>
  );
}
