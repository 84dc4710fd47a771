import { api, call } from '../api/client';
import type { operations } from '../api/openapi.generated';

export type AlertRule =
  operations['listAlertRules']['responses'][200]['content']['application/json'][number];
export type AlertRuleInput = NonNullable<
  operations['createAlertRule']['requestBody']
>['content']['application/json'];
export type AlertKind = AlertRuleInput['kind'];
export type TestResult =
  operations['testAlertRule']['responses'][200]['content']['application/json'];

export const alertRulesKey = ['alerts', 'rules'] as const;

export async function listAlertRules(signal?: AbortSignal): Promise<AlertRule[]> {
  return (await call(() => api.GET('/alerts/rules', signal ? { signal } : {}))).data;
}

export async function createAlertRule(body: AlertRuleInput): Promise<AlertRule> {
  return (await call(() => api.POST('/alerts/rules', { body }))).data;
}

export async function updateAlertRule(id: number, body: AlertRuleInput): Promise<AlertRule> {
  return (await call(() => api.PUT('/alerts/rules/{id}', { params: { path: { id } }, body }))).data;
}

export async function deleteAlertRule(id: number): Promise<void> {
  await call(() => api.DELETE('/alerts/rules/{id}', { params: { path: { id } } }));
}

export async function testAlertRule(id: number): Promise<TestResult> {
  return (await call(() => api.POST('/alerts/rules/{id}/test', { params: { path: { id } } }))).data;
}
