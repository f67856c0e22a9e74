// The notice that lists param values a widget did not take as given (from a URL or a lesson), with
// the reason and the value used instead. An alert, so screen readers announce it.
import type { ParamRejection } from '../state/paramRejection.ts';
import { kitText, type KitLanguage } from './kitText.ts';

/** Props: the language and the rejected values (nothing renders when there are none). */
export interface ParamNoticeProps {
  lang: KitLanguage;
  rejections: readonly ParamRejection[];
}

/** `role="alert"` box: "name = raw: reason", one line per rejected value. */
export function ParamNotice({ lang, rejections }: ParamNoticeProps) {
  if (rejections.length === 0) return null;
  const text = kitText[lang];
  return (
    <div className="param-notice" role="alert">
      <p className="param-notice-title">{text.noticeTitle(rejections.length)}</p>
      <ul>
        {rejections.map((rejection, i) => (
          <li key={`${rejection.name}-${i}`}>
            <code>
              {rejection.name}={rejection.raw}
            </code>
            {kitText[lang].colon}
            {rejection.reason[lang]}
          </li>
        ))}
      </ul>
    </div>
  );
}
