import { alertKindRules } from '../api/rules.generated';
import { useI18n } from '../i18n/I18nProvider';
import type { AlertRule } from './alerts.api';
import { RowAction } from '../ui/RowAction';

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
          <RowAction label={ta.editLabel(rule.name)} onClick={onEdit}>
            {ta.editAction}
          </RowAction>
          <RowAction
            label={rule.enabled ? ta.disableLabel(rule.name) : ta.enableLabel(rule.name)}
            onClick={onToggle}
          >
            {rule.enabled ? ta.disable : ta.enable}
          </RowAction>
          <RowAction label={ta.testLabel(rule.name)} onClick={onTest}>
            {ta.test}
          </RowAction>
          <RowAction label={ta.removeLabel(rule.name)} onClick={onRemove} danger>
            {ta.remove}
          </RowAction>
        </td>
      ) : null}
    </tr>
  );
}
