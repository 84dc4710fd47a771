import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../app/describe-error';
import { useDocumentTitle } from '../app/use-document-title';
import { useWrite } from '../auth/TokenProvider';
import { useI18n } from '../i18n/I18nProvider';
import { usePermissions } from '../team/session';
import { LoadFailed } from '../ui/LoadFailed';
import { useNotify } from '../ui/Toasts';
import { AlertRuleForm } from './AlertRuleForm';
import { RemoveRuleDialog } from './RemoveRuleDialog';
import { RuleRow } from './RuleRow';
import {
  alertRulesKey,
  listAlertRules,
  testAlertRule,
  updateAlertRule,
  type AlertRule,
} from './alerts.api';
import { validateRule, valuesOf } from './rule-validation';
import { ListTable } from '../ui/ListTable';

/** The alert rules and their state; editors add, edit, switch, test and delete them. */
export function AlertsPage() {
  const { t } = useI18n();
  const ta = t.alerts;
  useDocumentTitle(ta.title);
  const can = usePermissions();
  const client = useQueryClient();
  const write = useWrite();
  const notify = useNotify();
  const [editing, setEditing] = useState<number | undefined>();
  const [removing, setRemoving] = useState<AlertRule | undefined>();
  const [error, setError] = useState<string | undefined>();
  const rules = useQuery({
    queryKey: alertRulesKey,
    queryFn: ({ signal }) => listAlertRules(signal),
  });
  const changed = () => client.invalidateQueries({ queryKey: alertRulesKey });

  const act = async (action: () => Promise<void>) => {
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(ta.failed(describeError(caught, t)));
    }
  };
  const toggle = (rule: AlertRule) =>
    act(async () => {
      const { input } = validateRule({ ...valuesOf(rule), enabled: !rule.enabled });
      if (!input) return;
      await write(() => updateAlertRule(rule.id, input));
      await changed();
    });
  const test = (rule: AlertRule) =>
    act(async () => {
      const { channels } = await write(() => testAlertRule(rule.id));
      const failed = channels.filter((c) => !c.ok);
      if (channels.length === 0) notify(ta.testedNone);
      else if (failed.length > 0) {
        setError(failed.map((c) => ta.testFailed(c.channel, c.error ?? '')).join('; '));
      } else notify(ta.tested(channels.map((c) => c.channel).join(', ')));
    });

  let body;
  if (rules.isPending) {
    body = (
      <p className="state-message" role="status">
        <span className="spinner" aria-hidden="true" /> {ta.loading}
      </p>
    );
  } else if (rules.isError) {
    body = <LoadFailed message={ta.loadFailed(describeError(rules.error, t))} />;
  } else if (rules.data.length === 0) {
    body = (
      <p className="state-message" role="status">
        {ta.empty}
      </p>
    );
  } else {
    body = (
      <ListTable
        caption={ta.title}
        columns={[
          ta.columns.name,
          ta.columns.kind,
          ta.columns.threshold,
          ta.columns.state,
          can.edit ? ta.columns.actions : null,
        ]}
        testId="alert-rules"
      >
        {rules.data.map((rule) => (
          <RuleRow
            key={rule.id}
            rule={rule}
            editable={can.edit}
            onEdit={() => {
              setEditing(rule.id);
            }}
            onToggle={() => void toggle(rule)}
            onTest={() => void test(rule)}
            onRemove={() => {
              setRemoving(rule);
            }}
          />
        ))}
      </ListTable>
    );
  }

  const edited = rules.data?.find((r) => r.id === editing);
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title" tabIndex={-1}>
          {ta.title}
        </h1>
      </header>
      <p>{ta.intro}</p>
      {can.edit ? null : <p className="notice">{ta.readOnly}</p>}
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      {body}
      {can.edit ? (
        edited ? (
          <AlertRuleForm
            key={edited.id}
            rule={edited}
            onDone={async () => {
              setEditing(undefined);
              await changed();
            }}
          />
        ) : (
          <AlertRuleForm onDone={changed} />
        )
      ) : null}
      {removing ? (
        <RemoveRuleDialog
          rule={removing}
          onClose={() => {
            setRemoving(undefined);
          }}
          onRemoved={async () => {
            if (editing === removing.id) setEditing(undefined);
            await changed();
          }}
        />
      ) : null}
    </section>
  );
}
