import { Link, useLocation } from 'react-router-dom';
import { usePageTitle } from './lib/usePageTitle';

/** A path no page answers (a mistyped or outdated link): say so, and where to go instead. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  const { pathname } = useLocation();
  return (
    <section aria-labelledby="not-found-title">
      <div className="page-head">
        <h1 id="not-found-title">Page not found</h1>
        <p className="lede">
          There is no page at <code>{pathname}</code>. Go to <Link to="/presets">Presets</Link>,{' '}
          <Link to="/apply">Apply</Link> or <Link to="/runs">Runs</Link>.
        </p>
      </div>
    </section>
  );
}
