import { useTemplate } from '../../api/queries';
import { Field } from '../../components/Field';
import { TemplateSelect } from '../../components/Pickers';
import { ErrorView, Loading } from '../../components/States';
import { CustomPresetBuilder } from './CustomPresetBuilder';
import { LevelComparison } from './LevelComparison';
import { SamplePreview } from './SamplePreview';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSessionState } from '../../lib/useSessionState';

/** STORY-050's visual preview of quality differences, and the custom preset builder. */
export function QualityPage() {
  usePageTitle('Quality');
  const [templateId, setTemplateId] = useSessionState('quality.template', 'sd-image');
  const template = useTemplate(templateId);
  return (
    <section aria-labelledby="quality-title">
      <div className="page-head">
        <h1 id="quality-title">Quality</h1>
        <div className="page-actions">
          <Field id="quality-template" label="Template">
            <TemplateSelect id="quality-template" value={templateId} onChange={setTemplateId} />
          </Field>
        </div>
      </div>
      {template.isPending && <Loading what="the template" />}
      {template.error && <ErrorView error={template.error} what="the template" onRetry={() => void template.refetch()} />}
      {template.data && (
        <>
          <h2>The four levels</h2>
          <LevelComparison template={template.data} />
          <SamplePreview key={`samples-${template.data.ref}`} template={template.data} />
          <CustomPresetBuilder key={template.data.ref} template={template.data} />
        </>
      )}
    </section>
  );
}
