import { useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Field } from '../ui/Field';
import { MoneyInput } from '../ui/MoneyInput';
import { CATEGORIES } from './categories';
import { issueMessage } from './issue-message';
import {
  FIELDS,
  validateField,
  validateProduct,
  type FieldName,
  type ProductFormValues,
} from './product-validation';

export interface ProductFormProps {
  initial: ProductFormValues;
  submitLabel: string;
  /** Called with values that passed every check; the page sends them. */
  onSubmit: (values: ProductFormValues) => void;
  /** The api's messages by field name (a 422), shown next to their fields until edited. */
  serverErrors: Partial<Record<string, string>>;
  busy: boolean;
  /** A message above the buttons: a conflict, a failure, a cancelled token prompt. */
  notice?: ReactNode;
  onCancel: () => void;
  /** More buttons (Delete) after Cancel. */
  actions?: ReactNode;
  /** For a viewer: the fields are shown, not editable, and there is nothing to submit. */
  readOnly?: boolean;
}

/**
 * The product form: labelled fields checked by the api's rules as they are left and on submit,
 * the api's own field errors shown where they belong.
 */
export function ProductForm(props: ProductFormProps) {
  const { initial, submitLabel, onSubmit, serverErrors, busy, notice, onCancel, actions } = props;
  const readOnly = props.readOnly ?? false;
  const { t, locale, format, categoryLabel } = useI18n();
  const [values, setValues] = useState(initial);
  const [visited, setVisited] = useState<ReadonlySet<FieldName>>(new Set());
  const [edited, setEdited] = useState<ReadonlySet<FieldName>>(new Set());
  const [summary, setSummary] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const errorOf = (field: FieldName): string | undefined => {
    if (visited.has(field)) {
      const issue = validateField(field, values, locale);
      if (issue) return issueMessage(issue, t, format);
    }
    const message = edited.has(field) ? undefined : serverErrors[field];
    // The api words its messages to follow the field name ("price must be…"); alone, capitalized.
    return message && message.charAt(0).toUpperCase() + message.slice(1);
  };

  const change = (field: FieldName) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setEdited((current) => new Set(current).add(field));
  };
  const leave = (field: FieldName) => () => {
    setVisited((current) => new Set(current).add(field));
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const issues = validateProduct(values, locale);
    setVisited(new Set(FIELDS));
    const first = FIELDS.find((field) => issues[field]);
    if (first) {
      setSummary(true);
      form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setSummary(false);
    setEdited(new Set());
    onSubmit(values);
  };

  const hasServerErrors = FIELDS.some((f) => !edited.has(f) && serverErrors[f] !== undefined);

  return (
    <form ref={form} className="product-form" noValidate onSubmit={submit} aria-busy={busy}>
      {summary ? (
        <p className="form-alert" role="alert">
          {t.form.fixErrors}
        </p>
      ) : hasServerErrors ? (
        <p className="form-alert" role="alert">
          {t.form.serverRejected}
        </p>
      ) : null}
      <fieldset className="form-fields" disabled={readOnly}>
        <Field label={t.form.name} hint={t.form.nameHint} error={errorOf('name')} required>
          <input
            name="name"
            type="text"
            autoComplete="off"
            value={values.name}
            onChange={(event) => {
              change('name')(event.target.value);
            }}
            onBlur={leave('name')}
          />
        </Field>
        <Field
          label={t.form.description}
          hint={t.form.descriptionHint}
          error={errorOf('description')}
        >
          <textarea
            name="description"
            rows={4}
            value={values.description}
            onChange={(event) => {
              change('description')(event.target.value);
            }}
            onBlur={leave('description')}
          />
        </Field>
        <div className="field-row">
          <Field
            label={t.form.price}
            hint={t.form.priceHint(format.moneyInput(1899.9))}
            error={errorOf('price')}
            required
          >
            <MoneyInput
              name="price"
              value={values.price}
              onChange={change('price')}
              onBlur={leave('price')}
            />
          </Field>
          <Field label={t.form.category} error={errorOf('categoria')} required>
            <select
              name="categoria"
              value={values.categoria}
              onChange={(event) => {
                change('categoria')(event.target.value);
              }}
              onBlur={leave('categoria')}
            >
              <option value="">{t.form.chooseCategory}</option>
              {CATEGORIES.map((name) => (
                <option key={name} value={name}>
                  {categoryLabel(name)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field
          label={t.form.email}
          hint={t.form.emailHint}
          error={errorOf('email_fornecedor')}
          required
        >
          <input
            name="email_fornecedor"
            type="email"
            autoComplete="email"
            value={values.email_fornecedor}
            onChange={(event) => {
              change('email_fornecedor')(event.target.value);
            }}
            onBlur={leave('email_fornecedor')}
          />
        </Field>
      </fieldset>
      {notice}
      <div className="form-actions">
        {readOnly ? null : (
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t.form.saving : submitLabel}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          {t.form.cancel}
        </button>
        {actions}
      </div>
    </form>
  );
}
