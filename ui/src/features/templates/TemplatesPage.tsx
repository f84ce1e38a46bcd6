import { NavLink, useParams } from 'react-router-dom';
import { useTemplate, useTemplates } from '../../api/queries';
import type { TemplateSummary } from '../../api/types';
import { Empty, ErrorView, Loading } from '../../components/States';
import { humanize } from '../../lib/templates';
import { TemplateDetail } from './TemplateDetail';
import { usePageTitle } from '../../lib/usePageTitle';

/** Templates by category; the chosen one's inputs and quality mapping. */
export function TemplatesPage() {
  const { ref } = useParams();
  usePageTitle(ref ?? 'Templates');
  const templates = useTemplates();
  const byCategory = new Map<string, TemplateSummary[]>();
  (templates.data ?? []).forEach((t) => byCategory.set(t.category, [...(byCategory.get(t.category) ?? []), t]));
  const chosen = ref ?? templates.data?.[0]?.ref;
  const detail = useTemplate(chosen);
  return (
    <section aria-labelledby="templates-title">
      <div className="page-head">
        <h1 id="templates-title">Templates</h1>
        <p className="lede">What each workload takes, and what each quality level changes in it. Add your own as YAML files in the server's template directory.</p>
      </div>
      {templates.isPending && <Loading what="templates" />}
      {templates.error && <ErrorView error={templates.error} what="the templates" onRetry={() => void templates.refetch()} />}
      {templates.data?.length === 0 && <Empty title="No templates."><p>Put template YAML files in the server's templates directory; they load within seconds.</p></Empty>}
      {templates.data && templates.data.length > 0 && (
        <div className="sidebar-layout">
          <nav aria-label="Templates by category" className="template-nav">
            {[...byCategory.entries()].sort().map(([category, list]) => (
              <div key={category}>
                <h2 className="nav-heading">{humanize(category)}</h2>
                <ul>
                  {list.map((t) => (
                    <li key={t.ref}>
                      <NavLink to={`/templates/${encodeURIComponent(t.ref)}`} className={() => (t.ref === chosen ? 'active' : '')}
                        aria-current={t.ref === chosen ? 'page' : undefined}>
                        {t.name} <span className="hint">{t.version}</span>
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </nav>
          <div>
            {detail.isPending && <Loading what="the template" />}
            {detail.error && <ErrorView error={detail.error} what="the template" onRetry={() => void detail.refetch()} />}
            {detail.data && <TemplateDetail template={detail.data} />}
          </div>
        </div>
      )}
    </section>
  );
}
