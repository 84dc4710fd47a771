import { useState } from 'react';
import { ApiError } from '../api/errors';
import { describeError } from '../app/describe-error';
import { useWrite } from '../auth/TokenProvider';
import { useI18n } from '../i18n/I18nProvider';
import type { Messages } from '../i18n/messages.en';
import { Field } from '../ui/Field';
import { useNotify } from '../ui/Toasts';
import { createAlertRule, updateAlertRule, type AlertKind, type AlertRule } from './alerts.api';
import {
  EMPTY_RULE,
  KINDS,
  KIND_FIELDS,
  usesField,
  validateRule,
  valuesOf,
  type FormField,
  type Issue,
  type RuleFormValues,
} from './rule-validation';

const describeIssue = (issue: Issue | undefined, t: Messages): string | undefined => {
  if (!issue) return undefined;
  const ti = t.alerts.issues;
  switch (issue.code) {
    case 'tooLong':
      return ti.tooLong(issue.max);
    case 'above':
      return ti.above(issue.min);
    case 'min':
      return ti.min(issue.min);
    case 'max':
      return ti.max(issue.max);
    default:
      return ti[issue.code];
  }
};

/** Adds a rule, or edits `rule`: checked as the api checks it, then the api's answer by field. */
export function AlertRuleForm({
  rule,
  onDone,
}: {
  rule?: AlertRule | undefined;
  onDone: () => Promise<void> | void;
}) {
  const { t } = useI18n();
  const ta = t.alerts;
  const write = useWrite();
  const notify = useNotify();
  const [values, setValues] = useState<RuleFormValues>(rule ? valuesOf(rule) : EMPTY_RULE);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const set = (field: keyof RuleFormValues, value: string | boolean) => {
    setValues((before) => ({ ...before, [field]: value }));
  };

  const submit = async () => {
    setError(undefined);
    const { issues, input } = validateRule(values);
    setErrors(
      Object.fromEntries(
        Object.entries(issues).map(([field, issue]) => [field, describeIssue(issue, t)]),
      ),
    );
    if (!input) return;
    setBusy(true);
    try {
      const saved = await write(() =>
        rule ? updateAlertRule(rule.id, input) : createAlertRule(input),
      );
      notify(rule ? ta.saved(saved.name) : ta.added(saved.name));
      if (!rule) setValues(EMPTY_RULE);
      await onDone();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 422) setErrors(caught.fieldErrors());
      setError(ta.failed(describeError(caught, t)));
    } finally {
      setBusy(false);
    }
  };

  const titleId = rule ? `edit-rule-${rule.id}` : 'add-rule-title';
  const numberInput = (field: FormField & keyof RuleFormValues, label: string, hint?: string) => (
    <Field label={label} hint={hint} error={errors[field]} required={field === 'threshold'}>
      <input
        inputMode="decimal"
        autoComplete="off"
        name={field}
        value={values[field]}
        onChange={(event) => {
          set(field, event.target.value);
        }}
      />
    </Field>
  );
  return (
    <form
      className="product-form team-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={titleId}>{rule ? ta.edit(rule.name) : ta.add}</h2>
      <Field label={ta.fields.name} required error={errors.name}>
        <input
          name="name"
          autoComplete="off"
          value={values.name}
          onChange={(event) => {
            set('name', event.target.value);
          }}
        />
      </Field>
      <Field label={ta.fields.kind}>
        <select
          name="kind"
          value={values.kind}
          onChange={(event) => {
            const kind = KINDS.find((k) => k === event.target.value);
            if (kind) set('kind', kind satisfies AlertKind);
          }}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {ta.kinds[kind] ?? kind}
            </option>
          ))}
        </select>
      </Field>
      {numberInput('threshold', ta.fields.threshold, ta.thresholdHint[values.kind])}
      {KIND_FIELDS.filter((field) => usesField(values.kind, field)).map((field) =>
        field === 'symbol' || field === 'convert' ? (
          <Field
            key={field}
            label={ta.fields[field]}
            hint={field === 'symbol' ? ta.defaultsHint : undefined}
            error={errors[field]}
          >
            <input
              name={field}
              autoComplete="off"
              value={values[field]}
              onChange={(event) => {
                set(field, event.target.value);
              }}
            />
          </Field>
        ) : (
          <div key={field}>
            {numberInput(
              field,
              ta.fields[field],
              field === 'min_requests' ? ta.minRequestsHint : undefined,
            )}
          </div>
        ),
      )}
      {numberInput('fire_after', ta.fields.fire_after)}
      {numberInput('recover_after', ta.fields.recover_after)}
      <label className="checkbox-field">
        <input
          type="checkbox"
          name="enabled"
          checked={values.enabled}
          onChange={(event) => {
            set('enabled', event.target.checked);
          }}
        />{' '}
        {ta.fields.enabled}
      </label>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {rule ? ta.save : ta.create}
        </button>
        {rule ? (
          <button type="button" className="button" onClick={() => void onDone()}>
            {ta.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
