// A link in a read-only field with a copy button that says whether it copied. The field stays
// selectable, so the link can be copied by hand where the clipboard is not allowed.
import { useState } from 'react';
import type { WidgetLanguage } from '../widgets/widgetDefinition.ts';
import { embedText } from './embedText.ts';

/** Props: the language and the absolute or site-relative link. */
export interface CopyLinkProps {
  lang: WidgetLanguage;
  link: string;
}

/** Field + button + polite status ("Link copied."). */
export function CopyLink({ lang, link }: CopyLinkProps) {
  const text = embedText[lang];
  const [status, setStatus] = useState('');
  const copy = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) {
      setStatus(text.copyFailed);
      return;
    }
    clipboard.writeText(link).then(
      () => setStatus(text.copied),
      () => setStatus(text.copyFailed),
    );
  };
  return (
    <div className="copy-link">
      <label>
        <span className="visually-hidden">{text.linkLabel}</span>
        <input type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
      </label>
      <button type="button" onClick={copy}>
        {text.copyLink}
      </button>
      <span className="copy-link-status" role="status">
        {status}
      </span>
    </div>
  );
}
