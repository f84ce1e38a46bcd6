import { useEffect, useLayoutEffect, useRef } from 'react';
import { basicSetup, EditorView } from 'codemirror';
import { Compartment } from '@codemirror/state';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { linter, lintGutter } from '@codemirror/lint';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  describedBy?: string;
  invalid?: boolean;
}

/** CodeMirror 6 with JSON highlighting and syntax errors marked as you type. Tab moves focus on. */
export function JsonEditor({ id, label, value, onChange, describedBy, invalid }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const attributes = useRef(new Compartment());
  const changed = useRef(onChange);
  // The editor's listener, made once, calls the latest onChange (refs are not written while rendering).
  useLayoutEffect(() => {
    changed.current = onChange;
  });

  const contentAttributes = () => EditorView.contentAttributes.of({
    id,
    'aria-label': label,
    'aria-invalid': invalid ? 'true' : 'false',
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  });

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      doc: value,
      extensions: [
        basicSetup,
        json(),
        linter(jsonParseLinter()),
        lintGutter(),
        EditorView.lineWrapping,
        attributes.current.of(contentAttributes()),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) changed.current(update.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    return () => editor.destroy();
    // Made once; values and attributes arrive through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: attributes.current.reconfigure(contentAttributes()) });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, label, invalid, describedBy]);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className={invalid ? 'json-editor invalid' : 'json-editor'} data-testid={`${id}-editor`} />;
}
