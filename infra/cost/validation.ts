/**
 * CDK checks the synthesized templates against CloudFormation's own rules (an instance type the
 * region does not have, say). In memory mode it throws the report instead of printing it; this
 * turns its first error into one line naming the context key whose value it rejects.
 */
export const IN_MEMORY_CONTEXT = { '@aws-cdk/core:appMode': 'inmemory' };

export function validationProblem(
  error: unknown,
  context: Partial<Record<string, string>>,
): string | undefined {
  if (!(error instanceof Error) || error.name !== 'ValidationFailed') return undefined;
  const line = /^\s*ERROR\s+(.+?)(?:\s+\(CloudFormation Validate\))?\s*$/m.exec(error.message)?.[1];
  if (line === undefined) return undefined;
  const culprit = Object.entries(context).find(
    ([, value]) => value !== undefined && line.includes(`'${value}'`),
  );
  return culprit
    ? `--context ${culprit[0]}=${culprit[1]}: CloudFormation refuses it (${line})`
    : `the stacks do not validate: ${line}`;
}
