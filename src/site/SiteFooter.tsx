// The footer under every site page (not on embed pages, which have no chrome): a link to the credits.
import { Link } from 'react-router';
import './credits.css';
import { creditsText } from './creditsText.ts';
import type { Language } from './language.ts';
import { creditsPath } from './routes.ts';

/** `<footer>` with the link to the credits page of `lang`. */
export function SiteFooter({ lang }: { lang: Language }) {
  return (
    <footer className="site-footer">
      <p>
        <Link to={creditsPath(lang)}>{creditsText[lang].footerCredits}</Link>
      </p>
    </footer>
  );
}
