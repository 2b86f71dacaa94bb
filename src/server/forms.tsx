import type { Child } from "hono/jsx";
import type { ErrorDetail } from "../errors.js";

/**
 * Form parts shared by the analyst's pages: labelled fields with their hint and their own
 * error beside them, and a summary at the top that links to each field (the pattern the UK
 * government's design system tested with users of assistive technology).
 */
export type FieldErrors = Readonly<Record<string, string>>;

/** Field errors keyed by the form field's name, from the paths of a RapportError's details. */
export function fieldErrors(details: readonly ErrorDetail[]): FieldErrors {
  const out: Record<string, string> = {};
  for (const d of details) {
    const key = d.path ?? d.column;
    if (key !== undefined && out[key] === undefined) out[key] = d.message;
  }
  return out;
}

export function ErrorSummary(props: {
  message?: string | undefined;
  errors?: FieldErrors | undefined;
  labels?: Readonly<Record<string, string>>;
}) {
  const entries = Object.entries(props.errors ?? {});
  if (!props.message && entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="summary">
      <h2>{props.message ?? "Please check the form"}</h2>
      {entries.length > 0 && (
        <ul>
          {entries.map(([field, message]) => (
            <li>
              <a href={`#f-${field}`}>
                {props.labels?.[field] ? `${props.labels[field]}: ` : ""}
                {message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

function FieldShell(props: FieldProps & { children: Child }) {
  return (
    <div class={props.error ? "field has-error" : "field"}>
      <label for={`f-${props.name}`}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`f-${props.name}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={`f-${props.name}-error`}>
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}

function describedBy(props: FieldProps): string | undefined {
  const ids = [
    props.hint ? `f-${props.name}-hint` : "",
    props.error ? `f-${props.name}-error` : "",
  ].filter((s) => s !== "");
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function TextField(
  props: FieldProps & {
    value?: string | number | undefined;
    type?: "text" | "number" | "email" | "password" | "url";
    required?: boolean;
    maxlength?: number;
    min?: number;
    max?: number;
    autocomplete?: string;
    inputmode?: "numeric" | "text";
  },
) {
  return (
    <FieldShell {...props}>
      <input
        id={`f-${props.name}`}
        name={props.name}
        type={props.type ?? "text"}
        value={props.value === undefined ? undefined : String(props.value)}
        required={props.required}
        maxlength={props.maxlength}
        min={props.min}
        max={props.max}
        autocomplete={props.autocomplete ?? "off"}
        inputmode={props.inputmode}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? "true" : undefined}
      />
    </FieldShell>
  );
}

export function TextArea(
  props: FieldProps & { value?: string | undefined; rows?: number; maxlength?: number },
) {
  return (
    <FieldShell {...props}>
      <textarea
        id={`f-${props.name}`}
        name={props.name}
        rows={props.rows ?? 4}
        maxlength={props.maxlength}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? "true" : undefined}
      >
        {props.value ?? ""}
      </textarea>
    </FieldShell>
  );
}

export function SelectField(
  props: FieldProps & {
    value?: string | undefined;
    options: readonly { value: string; label: string }[];
    /** Shown first with an empty value, e.g. "Not known". */
    empty?: string;
    required?: boolean;
  },
) {
  return (
    <FieldShell {...props}>
      <select
        id={`f-${props.name}`}
        name={props.name}
        required={props.required}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? "true" : undefined}
      >
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function Submit(props: { label: string; secondary?: Child }) {
  return (
    <div class="buttons">
      <button type="submit" class="primary">
        {props.label}
      </button>
      {props.secondary}
    </div>
  );
}

/** A one-button form for an action such as "Open the campaign". */
export function ActionButton(props: {
  action: string;
  label: string;
  primary?: boolean;
  fields?: Readonly<Record<string, string>>;
}) {
  return (
    <form method="post" action={props.action} class="inline">
      {Object.entries(props.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={props.primary ? "primary" : undefined}>
        {props.label}
      </button>
    </form>
  );
}
