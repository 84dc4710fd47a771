import { alertKindRules } from '../api/rules.generated';
import { useI18n } from '../i18n/I18nProvider';
import type { AlertRule } from './alerts.api';

/** One rule: what it watches, its threshold, its state, and (for editors) what can be done. */
export function RuleRow({
  rule,
  editable,
  onEdit,
  onToggle,
  onTest,
  onRemove,
}: {
  rule: AlertRule;
  editable: boolean;
  onEdit: () => void;
  onToggle: () => void;
  onTest: () => void;
  onRemove: () => void;
}) {
  const { t, format } = useI18n();
  const ta = t.alerts;
  const series = [rule.symbol, rule.convert].filter(Boolean).join('/');
  const unit = alertKindRules[rule.kind].threshold.unit;
  const state = rule.enabled ? rule.state : 'disabled';
  return (
    <tr data-rule={rule.name}>
      <td>{rule.name}</td>
      <td>
        {ta.kinds[rule.kind] ?? rule.kind}
        {series ? ` · ${series}` : ''}
      </td>
      <td>
        {format.number(rule.threshold)} {ta.units[unit]}
        {rule.window_minutes === null ? '' : ` ${ta.window(format.number(rule.window_minutes))}`}
      </td>
      <td>
        <span className={`rule-state rule-state-${state}`} data-testid="rule-state">
          {ta.states[state] ?? state}
        </span>
        {rule.enabled && rule.state_since ? (
          <span className="rule-since"> {ta.since(format.dateTime(rule.state_since))}</span>
        ) : null}
      </td>
      {editable ? (
        <td className="actions">
          <button
            type="button"
            className="button button-small"
            aria-label={ta.editLabel(rule.name)}
            onClick={onEdit}
          >
            {ta.editAction}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={rule.enabled ? ta.disableLabel(rule.name) : ta.enableLabel(rule.name)}
            onClick={onToggle}
          >
            {rule.enabled ? ta.disable : ta.enable}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={ta.testLabel(rule.name)}
            onClick={onTest}
          >
            {ta.test}
          </button>
          <button
            type="button"
            className="button button-small button-danger-quiet"
            aria-label={ta.removeLabel(rule.name)}
            onClick={onRemove}
          >
            {ta.remove}
          </button>
        </td>
      ) : null}
    </tr>
  );
}
