#!/usr/bin/env node
// The CDK app: `npx cdk synth|deploy|destroy` from the repository root runs it (cdk.json).
import { buildApp } from '../lib/app.js';
import { ContextError } from '../lib/options.js';

try {
  buildApp().app.synth();
} catch (error) {
  if (!(error instanceof ContextError)) throw error;
  console.error(`cais infra: ${error.message}\n(see docs/deployment.md for every option)`);
  process.exit(1);
}
