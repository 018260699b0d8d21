/**
 * Reads a scenario file and validates it. A broken fixture fails here, naming the file and every
 * failing path, rather than surfacing later as a quietly wrong account.
 */
import { readFileSync } from 'node:fs';
import { Scenario } from './schema';
import { resolveScenario, type ResolvedScenario } from './resolved';

export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}

/** Validates already-parsed JSON; `source` names where it came from in the error. */
export function parseScenario(json: unknown, source: string): Scenario {
  const parsed = Scenario.safeParse(json);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new ScenarioError(`Invalid scenario ${source}:\n${lines.join('\n')}`);
}

export function readScenarioFile(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ScenarioError(`Cannot read scenario ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(`Scenario ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseScenario(json, path);
}

/** Reads, validates and resolves times against `now`. */
export function loadScenario(path: string, now: Date): ResolvedScenario {
  return resolveScenario(readScenarioFile(path), now);
}
