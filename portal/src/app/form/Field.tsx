import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  children: (described: { 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled control with its hint and its error, both linked to it for screen readers. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  const described = [hint ? `${id}-aide` : undefined, error ? `${id}-erreur` : undefined].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-aide`} className="hint">
          {hint}
        </p>
      )}
      {children({ ...(error ? { 'aria-invalid': true as const } : {}), ...(described ? { 'aria-describedby': described } : {}) })}
      {error && (
        <p id={`${id}-erreur`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField(props: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  type?: 'text' | 'date';
  inputMode?: 'decimal' | 'numeric' | 'text';
  disabled?: boolean;
  required?: boolean;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error} hint={props.hint}>
      {(described) => (
        <input
          id={props.id}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete="off"
          value={props.value}
          disabled={props.disabled}
          required={props.required}
          onChange={(event) => props.onChange(event.target.value)}
          {...described}
        />
      )}
    </Field>
  );
}

export function SelectField(props: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string | undefined;
  disabled?: boolean;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      {(described) => (
        <select id={props.id} value={props.value} disabled={props.disabled} onChange={(event) => props.onChange(event.target.value)} {...described}>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Where a form's refusals that belong to no field go, and its confirmations. */
export function FormStatus({ kind, message }: { kind: 'error' | 'success' | undefined; message: string | undefined }) {
  return (
    <div role={kind === 'error' ? 'alert' : 'status'} className={message ? `notice ${kind === 'error' ? 'notice-error' : 'notice-success'}` : undefined}>
      {message}
    </div>
  );
}
