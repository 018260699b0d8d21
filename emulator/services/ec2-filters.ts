/**
 * EC2's Describe* plumbing: `Filter.N.Name/Value.M` (case-sensitive; a value may use `*` and `?`), id lists whose unknown
 * members are errors, and NextToken/MaxResults paging.
 */
import { AwsError } from '../errors';
import { matchesGlob } from '../faults/denials';
import { filterParams, listParam, stringParam } from '../protocols/query-params';
import type { CallContext, Params } from '../types';
import { decodeToken, encodeToken } from './paging';

export interface Filterable<T> {
  id: string;
  /** Values of each supported filter for this item. */
  values: Record<string, string[]>;
  xml: T;
}

export interface DescribeSpec {
  operation: string;
  idParam: string;
  notFound: (id: string) => AwsError;
}

export function describe<T>(ctx: CallContext, input: Params, spec: DescribeSpec, items: Filterable<T>[]) {
  const ids = listParam(input, spec.idParam);
  for (const id of ids) if (!items.some((item) => item.id === id)) throw spec.notFound(id);
  const filters = filterParams(input);
  const supported = new Set(items.flatMap((item) => Object.keys(item.values)));
  for (const name of filters.keys()) {
    if (items.length > 0 && !supported.has(name)) {
      throw new AwsError('InvalidParameterValue', `The filter '${name}' is invalid`);
    }
  }
  const selected = items.filter(
    (item) =>
      (ids.length === 0 || ids.includes(item.id)) &&
      [...filters].every(([name, wanted]) => (item.values[name] ?? []).some((v) => wanted.some((w) => matchesGlob(w, v, { ignoreCase: false })))),
  );
  const maxResults = stringParam(input, 'MaxResults');
  const size = maxResults === undefined ? ctx.pageSize : Number(maxResults);
  if (maxResults !== undefined && (!Number.isInteger(size) || size < 5 || size > 1000)) {
    throw new AwsError('InvalidParameterValue', `Value ( ${maxResults} ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.`);
  }
  const scope = `ec2:${spec.operation}`;
  const token = stringParam(input, 'NextToken');
  const from = token === undefined ? 0 : decodeToken(scope, token);
  if (from === undefined) throw new AwsError('InvalidNextToken', 'The token provided is invalid');
  const next = from + size;
  return {
    page: selected.slice(from, next).map((item) => item.xml),
    nextToken: next < selected.length ? encodeToken(scope, next) : undefined,
  };
}
