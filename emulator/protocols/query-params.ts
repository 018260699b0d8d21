/**
 * Helpers for Query-protocol form parameters (`Filter.1.Name`, `SubnetId.2`), which arrive flat.
 */
import { AwsError } from '../errors';
import type { IncomingRequest, Params } from '../types';

/** The form of a Query-protocol call (POST body or GET query) and its `Action`, which must be there. */
export function readQueryCall(req: IncomingRequest, missingActionMessage: string): { operation: string; input: Params } {
  const input = req.method === 'POST' ? parseForm(req.body) : Object.fromEntries(req.query);
  const operation = input.Action;
  if (typeof operation !== 'string' || operation === '') throw new AwsError('MissingAction', missingActionMessage);
  return { operation, input };
}

export function parseForm(body: string): Params {
  const params: Params = {};
  for (const [key, value] of new URLSearchParams(body)) params[key] = value;
  return params;
}

/** `Name.1`, `Name.2`, ... in index order. */
export function listParam(input: Params, name: string): string[] {
  const found: [number, string][] = [];
  const pattern = new RegExp(`^${name.replace(/\./g, '\\.')}\\.(\\d+)$`);
  for (const [key, value] of Object.entries(input)) {
    const match = pattern.exec(key);
    if (match && typeof value === 'string') found.push([Number(match[1]), value]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

/** `Filter.N.Name` / `Filter.N.Value.M` as a map of name to values. */
export function filterParams(input: Params): Map<string, string[]> {
  const filters = new Map<string, string[]>();
  for (const [key, value] of Object.entries(input)) {
    const match = /^Filter\.(\d+)\.Name$/.exec(key);
    if (!match || typeof value !== 'string') continue;
    filters.set(value, listParam(input, `Filter.${match[1]}.Value`));
  }
  return filters;
}

export function stringParam(input: Params, name: string): string | undefined {
  const value = input[name];
  return typeof value === 'string' ? value : undefined;
}
