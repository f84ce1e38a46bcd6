import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
  required?: boolean;
}

/** A labelled control with its hint and its errors right under it (ids `${id}-hint`, `${id}-errors`). */
export function Field({ id, label, hint, errors, children, required }: Props) {
  return (
    <div className={errors && errors.length > 0 ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required" aria-hidden="true"> *</span>}
      </label>
      {children}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {errors && errors.length > 0 && (
        <ul className="field-errors" id={`${id}-errors`} role="alert">
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The aria-describedby of a control inside a Field. */
export function describedBy(id: string, hint: boolean, errors?: string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors && errors.length > 0 ? `${id}-errors` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
