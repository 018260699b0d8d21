import 'server-only';
import type { Scope } from './types';

/** A store method was called with a value it cannot store (a caller's bug, never the database's). */
export class StoreInputError extends Error {
  override name = 'StoreInputError';
}

/** Normalises an ISO time to `toISOString()` form, so times sort as text on both backends. */
export function toIso(value: string, field: string): string {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new StoreInputError(`${field} must be an ISO date-time, got ${JSON.stringify(value)}`);
  return new Date(time).toISOString();
}

/** Like `toIso`, for optional values found inside stored JSON: an unreadable one is just absent. */
export function isoOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export function checkScope(scope: Scope): Scope {
  if (!scope || !nonEmpty(scope.accountId) || !nonEmpty(scope.region)) {
    throw new StoreInputError(`a scope needs an accountId and a region, got ${JSON.stringify(scope)}`);
  }
  return scope;
}

export function checkName(name: string, field = 'name'): string {
  if (!nonEmpty(name)) throw new StoreInputError(`${field} must be a non-empty string, got ${JSON.stringify(name)}`);
  return name;
}

export function checkNumber(value: number, field: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new StoreInputError(`${field} must be a number from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
